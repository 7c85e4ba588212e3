// One plan year: the summed income statement, its break-even and BFR.
#pragma once

#include "forecast/break_even.hpp"
#include "forecast/sig_lines.hpp"
#include "forecast/working_capital_need.hpp"
#include "core/date.hpp"

namespace comptoir::forecast {

struct PlanYear {
  int index = 0;     // 0-based
  Date first_month;  // first day
  SigLines lines;    // sum of the year's months
  BreakEven break_even;
  WorkingCapitalNeed working_capital;
};

}  // namespace comptoir::forecast
