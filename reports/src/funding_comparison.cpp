// See funding_comparison.hpp.
#include "reports/funding_comparison.hpp"

#include <functional>

#include "core/error.hpp"
#include "forecast/funding_projection.hpp"

namespace comptoir {

using forecast::combined_scope;
using forecast::ScopeYear;

std::vector<ChartSeries> resources_series(const std::vector<forecast::ScenarioOutcome>& outcomes) {
  std::vector<ChartSeries> out;
  for (const auto& o : outcomes) {
    ChartSeries s{o.name, {}, {}};
    for (const auto& y : o.projection.scope(combined_scope).years) {
      s.x_labels.push_back(std::to_string(y.year));
      s.values.push_back(y.total_resources);
    }
    out.push_back(std::move(s));
  }
  return out;
}

TableData funding_difference_table(const std::vector<forecast::ScenarioOutcome>& outcomes, const Labels& t) {
  if (outcomes.empty()) throw Error(ErrorKind::InvalidInput, "nothing to compare");
  TableData table{
      "differences",
      {std::string(t("compare.differences.title", {{"base", outcomes.front().name}})),
       {{"line", std::string(t("forecast.col.line"))}, {"scenario_1", outcomes.front().name, 1, Align::Right}}},
      {}};
  for (std::size_t i = 1; i < outcomes.size(); ++i) {
    table.header.columns.push_back({"difference_" + std::to_string(i + 1),
                                    t("compare.differences.column", {{"scenario", outcomes[i].name}}), 1,
                                    Align::Right});
  }
  const auto& first = outcomes.front().projection.scope(combined_scope).years;
  const auto figure = [&](std::string_view id, const std::function<Money(const ScopeYear&)>& value) {
    for (std::size_t k = 0; k < first.size(); ++k) {
      TableRow row{{t(id, {{"year", std::to_string(first[k].year)}}), value(first[k])}, k == 0, false};
      for (std::size_t i = 1; i < outcomes.size(); ++i) {
        const auto& years = outcomes[i].projection.scope(combined_scope).years;
        if (k < years.size() && years[k].year == first[k].year) {
          row.cells.emplace_back(value(years[k]) - value(first[k]));
        } else {
          row.cells.emplace_back(std::string("-"));
        }
      }
      table.rows.push_back(std::move(row));
    }
  };
  figure("forecast.comparison.result", [](const ScopeYear& y) { return y.result(); });
  figure("forecast.comparison.cash", [](const ScopeYear& y) { return y.year_end_cash; });
  figure("compare.differences.resources", [](const ScopeYear& y) { return y.total_resources; });
  figure("compare.differences.expenses", [](const ScopeYear& y) { return y.total_expenses; });
  size_columns_to_content(table);
  return table;
}

}  // namespace comptoir
