// A yearly operating subsidy (subvention d'exploitation, account 74), e.g.
// a start-up aid for the first years: spread over the months in the income
// statement, cashed in full in the first month of each plan year.
#pragma once

#include <string>

#include "core/money.hpp"

namespace comptoir::forecast {

struct OperatingSubsidy {
  std::string label;
  Money annual;
  int years = 0;  // number of plan years it is paid, from year 1
};

}  // namespace comptoir::forecast
