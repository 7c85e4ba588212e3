// A start-up grant (subvention d'investissement) from the commune, the
// intercommunality, the region...: a resource of the financing plan, taken
// into the result over `years` (quote-part virée au résultat, account 777).
#pragma once

#include <string>

#include "core/money.hpp"

namespace comptoir::forecast {

struct InvestmentGrant {
  std::string label;
  Money amount;
  int years = 0;  // transfer period to the result; 0 = not transferred
};

}  // namespace comptoir::forecast
