// See cafe_charts.hpp.
#include "reports/cafe_charts.hpp"

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

}  // namespace comptoir
