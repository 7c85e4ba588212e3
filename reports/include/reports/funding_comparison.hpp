// Funding-mix scenarios compared year by year, for the desktop app's
// Compare tab: the combined total resources of each scenario as a series
// (beside cash_series and result_series of funding_tables.hpp), and the
// differences of each scenario from the first (the base) per year.
#pragma once

#include <vector>

#include "forecast/monte_carlo.hpp"
#include "labels/labels.hpp"
#include "reports/chart_series.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

// One series per scenario: combined total resources, base year first.
[[nodiscard]] std::vector<ChartSeries> resources_series(const std::vector<forecast::ScenarioOutcome>& outcomes);

// Rows per year of the first scenario and figure (result, year-end cash,
// total resources, total expenses); columns: the first scenario's amount,
// then each other scenario's difference from it (its amount − the
// first's; "-" for a year it lacks). Throws Error(InvalidInput) when
// `outcomes` is empty.
[[nodiscard]] TableData funding_difference_table(const std::vector<forecast::ScenarioOutcome>& outcomes,
                                                 const Labels& t);

}  // namespace comptoir
