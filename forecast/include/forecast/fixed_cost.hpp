// A yearly cost that does not follow sales: rent and charges, energy,
// insurance, licence, accounting, telephone...
#pragma once

#include <string>
#include <vector>

#include "forecast/fixed_cost_kind.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

struct FixedCost {
  std::string label;
  FixedCostKind kind = FixedCostKind::External;
  Money annual;                  // excl. VAT, per full year
  Rational vat_rate;             // deductible under a real VAT regime
  std::vector<unsigned> months;  // calendar months it is spread over (1-12); empty = all year
};

}  // namespace comptoir::forecast
