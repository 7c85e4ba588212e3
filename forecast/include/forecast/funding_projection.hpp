// The deterministic funding-mix projection: every driver at its base value,
// computed in Money (rounding: once per model line and year, half-up; see
// funding_model). The base year is the book's actuals, unchanged.
#pragma once

#include <string>
#include <vector>

#include "forecast/base_year_actuals.hpp"
#include "forecast/funding_scenario.hpp"
#include "forecast/scope_projection.hpp"
#include "cofinancing/cofinancing_rule.hpp"

namespace comptoir::forecast {

struct FundingProjection {
  std::string scenario;
  int base_year = 0;
  std::vector<ScopeProjection> scopes;  // each entity of the actuals, then the combined scope

  [[nodiscard]] const ScopeProjection& scope(const std::string& name) const;
};

// Projects `scenario` from `actuals` (whose year must be the scenario's base
// year); funders' shares of prestations follow `rules` (the book's
// co-financing rules). Cash evolves by each month's result (no working
// capital or depreciation timing). Throws Error(InvalidInput).
[[nodiscard]] FundingProjection project_funding(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                                const std::vector<CofinancingRule>& rules);
// The same with explicit driver values (sensitivity analysis).
[[nodiscard]] FundingProjection project_funding(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                                const std::vector<CofinancingRule>& rules,
                                                const std::vector<Rational>& values);

}  // namespace comptoir::forecast
