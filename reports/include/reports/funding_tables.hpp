// Funding-mix figures as report tables (projection, Monte Carlo bands,
// tornado, scenarios compared) and chart series. Amounts are Money, shares
// and probabilities Percent; every word comes from the labels catalogue.
#pragma once

#include <string>
#include <vector>

#include "forecast/funding_projection.hpp"
#include "forecast/monte_carlo.hpp"
#include "forecast/sensitivity.hpp"
#include "labels/labels.hpp"
#include "reports/chart_series.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

// Rows: resources by source, expenses by category, result, cash, months
// covered, own-resources share, largest funder; columns: the years.
[[nodiscard]] TableData funding_projection_table(const forecast::ScopeProjection& scope, const Labels& t);
// Rows: P5/P50/P95 of result, cash and own share, P(deficit), P(cash < threshold); columns: years.
[[nodiscard]] TableData monte_carlo_table(const forecast::MonteCarloScope& scope,
                                          const forecast::MonteCarloOptions& options, const Labels& t);
// Tornado rows, largest swing first.
[[nodiscard]] TableData sensitivity_table(const forecast::SensitivityAnalysis& analysis, const Labels& t);
// Scenarios side by side (columns), combined figures per year (rows).
// Throws Error(InvalidInput) when `outcomes` is empty.
[[nodiscard]] TableData funding_comparison_table(const std::vector<forecast::ScenarioOutcome>& outcomes,
                                                 const Labels& t);
// The comparison, then the series of combined year-end cash and result.
[[nodiscard]] std::vector<TableData> funding_comparison_tables(const std::vector<forecast::ScenarioOutcome>& outcomes,
                                                               const Labels& t);

// One series per resource source of a scope (a stacked chart of the mix).
[[nodiscard]] std::vector<ChartSeries> resource_mix_series(const forecast::ScopeProjection& scope, const Labels& t);
// The resource mix of a scope as a table.
[[nodiscard]] TableData resource_mix_table(const forecast::ScopeProjection& scope, const Labels& t);
// What a funding-mix chart view draws for one scope, exact: per year (base
// year first) the resource mix, the result, the year-end cash and the
// own-resources share; per projected year the Monte Carlo P5/P50/P95 of
// the result and of the year-end cash (empty without a Monte Carlo).
struct FundingChartData {
  std::string scope;
  std::vector<std::string> years;      // x labels, base year first
  std::vector<ChartSeries> resources;  // resource_mix_series
  ChartSeries result;
  ChartSeries cash;
  std::vector<Rational> own_share;      // 0..1, one per year
  std::vector<std::string> band_years;  // the projected years
  ChartSeries result_p5, result_p50, result_p95;
  ChartSeries cash_p5, cash_p50, cash_p95;
};
// `monte_carlo` may be null. Throws Error(InvalidInput) when its years do
// not match the projection's.
[[nodiscard]] FundingChartData funding_chart_data(const forecast::ScopeProjection& scope,
                                                  const forecast::MonteCarloScope* monte_carlo, const Labels& t);

// A scope as titles name it: "AT", "RES", or both combined in words.
[[nodiscard]] std::string funding_scope_name(const std::string& scope, const Labels& t);

// One series per scenario: combined year-end cash, base year first.
[[nodiscard]] std::vector<ChartSeries> cash_series(const std::vector<forecast::ScenarioOutcome>& outcomes);
// One series per scenario: combined result.
[[nodiscard]] std::vector<ChartSeries> result_series(const std::vector<forecast::ScenarioOutcome>& outcomes);

}  // namespace comptoir
