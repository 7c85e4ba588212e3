// Café plans side by side: figures read from each computed plan (SIG lines,
// break-even, BFR, cash plan, financing plan).
#include "reports/cafe_comparison.hpp"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>

#include "core/error.hpp"

namespace comptoir {
namespace {

using forecast::CafePlan;
using forecast::FinancingLineKind;
using forecast::FinancingPlan;
using forecast::PlanYear;

std::string year_label(const Labels& t, int index) {
  return t("forecast.cafe.series.year", {{"number", std::to_string(index + 1)}});
}

// The name up to " — " (the model follows it in the shipped scenarios), so
// that three columns fit in about 100 text columns.
std::string short_name(const std::string& name) {
  const auto dash = name.find(" — ");
  return dash == std::string::npos ? name : name.substr(0, dash);
}

std::size_t longest(const std::vector<CafePlan>& plans) {
  std::size_t n = 0;
  for (const auto& p : plans) n = std::max(n, p.years.size());
  return n;
}

Money investments(const FinancingPlan& financing) {
  Money total;
  for (const auto& line : financing.uses) {
    if (line.kind == FinancingLineKind::Investment) total += line.amount;
  }
  return total;
}

std::vector<ChartSeries> series(const std::vector<CafePlan>& plans, const Labels& t,
                                const std::function<Money(const CafePlan&, const PlanYear&)>& value) {
  std::vector<ChartSeries> out;
  for (const auto& p : plans) {
    ChartSeries s{p.scenario.name, {}, {}};
    for (const auto& y : p.years) {
      s.x_labels.push_back(year_label(t, y.index));
      s.values.push_back(value(p, y));
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

TableData cafe_comparison_table(const std::vector<CafePlan>& plans, const Labels& t) {
  if (plans.empty()) throw Error(ErrorKind::InvalidInput, "nothing to compare");
  TableData table{"comparison",
                  {std::string(t("forecast.cafe.compare.title")), {{"line", std::string(t("forecast.col.line"))}}},
                  {}};
  for (std::size_t i = 0; i < plans.size(); ++i) {
    table.header.columns.push_back(
        {"scenario_" + std::to_string(i + 1), short_name(plans[i].scenario.name), 1, Align::Right});
  }
  const std::string none(t("forecast.cafe.not_reached"));
  const std::size_t years = longest(plans);
  // One row per plan year of a figure, a rule above the first unless
  // `separated` is false; "-" where a plan is shorter.
  auto yearly = [&](std::string_view id, bool separated,
                    const std::function<Cell(const CafePlan&, const PlanYear&)>& value) {
    for (std::size_t k = 0; k < years; ++k) {
      TableRow row{
          {t("forecast.cafe.compare.in_year", {{"line", std::string(t(id))}, {"number", std::to_string(k + 1)}})},
          separated && k == 0};
      for (const auto& p : plans)
        row.cells.push_back(k < p.years.size() ? value(p, p.years[k]) : Cell(std::string("-")));
      table.rows.push_back(std::move(row));
    }
  };
  yearly("forecast.cafe.compare.revenue", false,
         [](const CafePlan&, const PlanYear& y) { return Cell(y.lines.revenue()); });
  yearly("forecast.cafe.sig.commercial_margin", true,
         [](const CafePlan&, const PlanYear& y) { return Cell(y.lines.commercial_margin); });
  yearly("forecast.cafe.sig.value_added", true,
         [](const CafePlan&, const PlanYear& y) { return Cell(y.lines.value_added); });
  yearly("forecast.cafe.compare.ebe", true, [](const CafePlan&, const PlanYear& y) { return Cell(y.lines.ebe); });
  yearly("forecast.cafe.sig.net_result", true,
         [](const CafePlan&, const PlanYear& y) { return Cell(y.lines.net_result); });
  yearly("forecast.cafe.compare.caf", true, [](const CafePlan&, const PlanYear& y) { return Cell(y.lines.caf); });
  yearly("forecast.projection.year_end_cash", true,
         [](const CafePlan& p, const PlanYear& y) { return Cell(year_end_cash(p, y.index)); });
  yearly("forecast.cafe.compare.lowest_cash", true,
         [](const CafePlan& p, const PlanYear& y) { return Cell(lowest_month_end_cash(p, y.index)); });
  yearly("forecast.cafe.break_even", true, [&](const CafePlan&, const PlanYear& y) {
    return y.break_even.revenue ? Cell(*y.break_even.revenue) : Cell(none);
  });
  yearly("forecast.cafe.compare.break_even_month", true, [&](const CafePlan&, const PlanYear& y) {
    return Cell(y.break_even.reached_in ? y.break_even.reached_in->iso().substr(0, 7) : none);
  });
  yearly("forecast.cafe.compare.working_capital", true,
         [](const CafePlan&, const PlanYear& y) { return Cell(y.working_capital.need); });
  auto once = [&](std::string_view id, bool separated, const std::function<Money(const CafePlan&)>& value) {
    TableRow row{{std::string(t(id))}, separated};
    for (const auto& p : plans) row.cells.emplace_back(value(p));
    table.rows.push_back(std::move(row));
  };
  once("forecast.cafe.compare.investments", true, [](const CafePlan& p) { return investments(p.financing); });
  once("forecast.cafe.compare.startup_needs", false, [](const CafePlan& p) { return p.financing.total_uses; });
  once("forecast.cafe.compare.financing", false, [](const CafePlan& p) { return p.financing.total_resources; });
  size_columns_to_content(table);
  return table;
}

std::vector<TableData> cafe_comparison_tables(const std::vector<CafePlan>& plans, const Labels& t) {
  return {
      cafe_comparison_table(plans, t),
      chart_series_table(cafe_result_series(plans, t), "series-result", std::string(t("forecast.series.net_result"))),
      chart_series_table(cafe_cash_series(plans, t), "series-cash", std::string(t("forecast.series.cash")))};
}

std::vector<ChartSeries> cafe_result_series(const std::vector<CafePlan>& plans, const Labels& t) {
  return series(plans, t, [](const CafePlan&, const PlanYear& y) { return y.lines.net_result; });
}

std::vector<ChartSeries> cafe_cash_series(const std::vector<CafePlan>& plans, const Labels& t) {
  return series(plans, t, [](const CafePlan& p, const PlanYear& y) { return year_end_cash(p, y.index); });
}

}  // namespace comptoir
