// An association's staff: full-time equivalents in the base year and the
// yearly growth of the cost per FTE. The payroll of the base year (less
// re-invoiced shared staff) is the anchor: payroll scales with FTE/base FTE.
#pragma once

#include <cstddef>
#include <string>

#include "core/rational.hpp"

namespace comptoir::forecast {

struct StaffDriver {
  std::string entity;
  Rational fte;                 // base-year FTEs, > 0
  std::size_t cost_growth = 0;  // driver: yearly growth of the cost per FTE
  std::string where;            // "<file>:<line>: key '<table>'": for errors found against the book
};

}  // namespace comptoir::forecast
