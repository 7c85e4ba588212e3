// A start-up investment (equipment, works, vehicle, licence...) bought at
// the start of the plan and depreciated straight-line.
#pragma once

#include <string>

#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

struct Investment {
  std::string label;
  Money amount;                // excl. VAT
  Rational vat_rate;
  int depreciation_years = 0;  // 0 = not depreciated (e.g. a licence, a deposit)
};

}  // namespace comptoir::forecast
