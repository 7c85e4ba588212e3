// Sensitivity of a funding scenario: each driver that carries a
// distribution is moved alone to its low and high value and the exact
// projection recomputed (Money). Rows sorted by swing, then by key.
#pragma once

#include <vector>

#include "forecast/base_year_actuals.hpp"
#include "forecast/funding_scenario.hpp"
#include "forecast/sensitivity_analysis.hpp"
#include "cofinancing/cofinancing_rule.hpp"

namespace comptoir::forecast {

[[nodiscard]] SensitivityAnalysis compute_sensitivity(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                                      const std::vector<CofinancingRule>& rules);

}  // namespace comptoir::forecast
