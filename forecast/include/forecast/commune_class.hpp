// A share of the communes buying prestations that carries given
// eligibility flags (villages-d-avenir...): what decides which
// co-financing rules apply to projected prestations.
#pragma once

#include <set>
#include <string>

#include "core/rational.hpp"

namespace comptoir::forecast {

struct CommuneClass {
  std::set<std::string> flags;
  Rational share;  // of every prestation type's volume, 0..1
};

}  // namespace comptoir::forecast
