// See cafe_charts.hpp.
#include "reports/cafe_charts.hpp"

#include <functional>

#include "core/error.hpp"

namespace comptoir {
namespace {

std::string year_label(const Labels& t, int index) {
  return t("forecast.cafe.series.year", {{"number", std::to_string(index + 1)}});
}

std::vector<ChartSeries> per_year(
    const forecast::CafePlan& plan, const Labels& t,
    const std::vector<std::pair<std::string_view, Money (*)(const forecast::PlanYear&)>>& lines) {
  std::vector<ChartSeries> out;
  for (const auto& [id, value] : lines) {
    ChartSeries s{std::string(t(id)), {}, {}};
    for (const auto& y : plan.years) {
      s.x_labels.push_back(year_label(t, y.index));
      s.values.push_back(value(y));
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

ChartSeries cafe_month_cash_series(const forecast::CafePlan& plan, const Labels& t) {
  ChartSeries s{std::string(t("cafe.chart.month_cash")), {}, {}};
  for (const auto& row : plan.cash) {
    // "09/2026": short enough for three years of months on an axis.
    const unsigned month = row.month.month();
    s.x_labels.push_back((month < 10 ? "0" : "") + std::to_string(month) + "/" + std::to_string(row.month.year()));
    s.values.push_back(row.closing);
  }
  return s;
}

std::vector<ChartSeries> cafe_break_even_series(const forecast::CafePlan& plan, const Labels& t) {
  return per_year(plan, t,
                  {{"forecast.cafe.revenue", [](const forecast::PlanYear& y) { return y.lines.revenue(); }},
                   {"forecast.cafe.break_even",
                    [](const forecast::PlanYear& y) { return y.break_even.revenue.value_or(Money()); }}});
}

std::vector<ChartSeries> cafe_result_lines_series(const forecast::CafePlan& plan, const Labels& t) {
  return per_year(plan, t,
                  {{"forecast.cafe.sig.ebe", [](const forecast::PlanYear& y) { return y.lines.ebe; }},
                   {"forecast.cafe.sig.net_result", [](const forecast::PlanYear& y) { return y.lines.net_result; }},
                   {"forecast.cafe.sig.caf", [](const forecast::PlanYear& y) { return y.lines.caf; }}});
}

std::vector<ChartSeries> cafe_revenue_series(const std::vector<forecast::CafePlan>& plans, const Labels& t) {
  std::vector<ChartSeries> out;
  for (const auto& plan : plans) {
    ChartSeries s{plan.scenario.name, {}, {}};
    for (const auto& y : plan.years) {
      s.x_labels.push_back(year_label(t, y.index));
      s.values.push_back(y.lines.revenue());
    }
    out.push_back(std::move(s));
  }
  return out;
}

TableData cafe_difference_table(const std::vector<forecast::CafePlan>& plans, const Labels& t) {
  if (plans.empty()) throw Error(ErrorKind::InvalidInput, "nothing to compare");
  TableData table{
      "differences",
      {t("compare.differences.cafe_title", {{"base", plans.front().scenario.name}}),
       {{"line", std::string(t("forecast.col.line"))}, {"scenario_1", plans.front().scenario.name, 1, Align::Right}}},
      {}};
  for (std::size_t i = 1; i < plans.size(); ++i) {
    table.header.columns.push_back({"difference_" + std::to_string(i + 1),
                                    t("compare.differences.column", {{"scenario", plans[i].scenario.name}}), 1,
                                    Align::Right});
  }
  const auto figure = [&](std::string_view id, const std::function<Money(const forecast::CafePlan&, int)>& value) {
    const auto& first = plans.front();
    for (std::size_t k = 0; k < first.years.size(); ++k) {
      const int year = static_cast<int>(k);
      TableRow row{
          {t("forecast.cafe.compare.in_year", {{"line", std::string(t(id))}, {"number", std::to_string(k + 1)}}),
           value(first, year)},
          k == 0,
          false};
      for (std::size_t i = 1; i < plans.size(); ++i) {
        if (k < plans[i].years.size()) {
          row.cells.emplace_back(value(plans[i], year) - value(first, year));
        } else {
          row.cells.emplace_back(std::string("-"));
        }
      }
      table.rows.push_back(std::move(row));
    }
  };
  const auto at = [](const forecast::CafePlan& p, int y) -> const forecast::PlanYear& {
    return p.years[static_cast<std::size_t>(y)];
  };
  figure("forecast.cafe.revenue", [&](const forecast::CafePlan& p, int y) { return at(p, y).lines.revenue(); });
  figure("forecast.cafe.sig.net_result", [&](const forecast::CafePlan& p, int y) { return at(p, y).lines.net_result; });
  figure("forecast.cafe.sig.caf", [&](const forecast::CafePlan& p, int y) { return at(p, y).lines.caf; });
  figure("forecast.cafe.year_end_cash",
         [](const forecast::CafePlan& p, int y) { return forecast::year_end_cash(p, y); });
  size_columns_to_content(table);
  return table;
}

}  // namespace comptoir
