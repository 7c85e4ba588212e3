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
// One series per scenario: combined year-end cash, base year first.
[[nodiscard]] std::vector<ChartSeries> cash_series(const std::vector<forecast::ScenarioOutcome>& outcomes);
// One series per scenario: combined result.
[[nodiscard]] std::vector<ChartSeries> result_series(const std::vector<forecast::ScenarioOutcome>& outcomes);

}  // namespace comptoir
