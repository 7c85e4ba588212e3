// Monte Carlo figures of one scope (an association or both combined).
#pragma once

#include <string>
#include <vector>

#include "forecast/monte_carlo_year.hpp"

namespace comptoir::forecast {

struct MonteCarloScope {
  std::string scope;  // "AT", "RES", combined_scope
  std::vector<MonteCarloYear> years;
};

}  // namespace comptoir::forecast
