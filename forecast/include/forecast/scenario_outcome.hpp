// A scenario's computed figures, side by side with others in a comparison.
#pragma once

#include <optional>
#include <string>

#include "forecast/funding_projection.hpp"
#include "forecast/monte_carlo_result.hpp"

namespace comptoir::forecast {

struct ScenarioOutcome {
  std::string name;
  FundingProjection projection;
  std::optional<MonteCarloResult> monte_carlo;  // when runs were asked for
};

}  // namespace comptoir::forecast
