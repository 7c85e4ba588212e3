// A number a funding scenario is driven by (a count, a price, a rate, an
// amount, a renewal probability), with its uncertainty. The base value is
// exact and feeds the deterministic projection; the distribution feeds the
// Monte Carlo and the sensitivity (tornado) analysis.
#pragma once

#include <string>

#include "forecast/distribution.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

struct Driver {
  std::string key;       // dotted scenario key, "prestations[1].count": names it in messages and tornado rows
  std::string label;     // "Études de préfiguration : nombre/an", for tables
  std::string label_en;  // "Feasibility studies: count/year"
  Rational base;         // the deterministic value: the mean (the mode for a triangular, p for a renewal)
  Distribution distribution;
  bool renewal = false;  // a Bernoulli renewal: renewed when the value is >= 1/2
};

}  // namespace comptoir::forecast
