// What a Monte Carlo run of a funding scenario found, per scope and year.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "forecast/monte_carlo_options.hpp"
#include "forecast/monte_carlo_scope.hpp"

namespace comptoir::forecast {

struct MonteCarloResult {
  MonteCarloOptions options;
  std::vector<MonteCarloScope> scopes;  // same order as FundingProjection::scopes

  // Throws Error(NotFound).
  [[nodiscard]] const MonteCarloScope& scope(const std::string& name) const;
};

}  // namespace comptoir::forecast
