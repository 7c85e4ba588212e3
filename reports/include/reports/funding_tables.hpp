// Funding-mix figures as generic plan tables (any renderer prints them)
// and chart series. Labels in French or English; amounts are Money,
// shares and ratios text with one decimal.
#pragma once

#include <string>
#include <vector>

#include "forecast/funding_projection.hpp"
#include "forecast/label_language.hpp"
#include "forecast/monte_carlo.hpp"
#include "forecast/plan_table.hpp"
#include "forecast/sensitivity.hpp"

namespace comptoir::forecast {

// Rows: resources by source, expenses by category, result, cash, months
// covered, own-resources share, largest funder; columns: the years.
[[nodiscard]] PlanTable funding_projection_table(const ScopeProjection& scope, LabelLanguage language);
// Rows: P5/P50/P95 of result, cash and own share, P(deficit), P(cash < threshold); columns: years.
[[nodiscard]] PlanTable monte_carlo_table(const MonteCarloScope& scope, const MonteCarloOptions& options,
                                          LabelLanguage language);
// Tornado rows, largest swing first.
[[nodiscard]] PlanTable sensitivity_table(const SensitivityAnalysis& analysis, LabelLanguage language);
// Scenarios side by side (columns), combined figures per year (rows).
[[nodiscard]] PlanTable comparison_table(const std::vector<ScenarioOutcome>& outcomes, LabelLanguage language);
// Rows: series; columns: x labels.
[[nodiscard]] PlanTable chart_series_table(const std::vector<ChartSeries>& series, const std::string& key,
                                           const std::string& title);

// One series per resource source of a scope (a stacked chart of the mix).
[[nodiscard]] std::vector<ChartSeries> resource_mix_series(const ScopeProjection& scope, LabelLanguage language);
// One series per scenario: combined year-end cash, base year first.
[[nodiscard]] std::vector<ChartSeries> cash_series(const std::vector<ScenarioOutcome>& outcomes);
// One series per scenario: combined result.
[[nodiscard]] std::vector<ChartSeries> result_series(const std::vector<ScenarioOutcome>& outcomes);

}  // namespace comptoir::forecast
