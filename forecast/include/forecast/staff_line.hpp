// Hours worked for the café: paid staff (cost incl. employer charges) or
// volunteers (valued as contributions volontaires en nature, accounts 86/87).
#pragma once

#include <string>
#include <vector>

#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

struct StaffLine {
  std::string role;
  Rational hours_per_week;
  Money hourly_cost;             // paid: gross + employer charges; volunteers: valuation
  std::vector<unsigned> months;  // calendar months worked (1-12); empty = all year
};

}  // namespace comptoir::forecast
