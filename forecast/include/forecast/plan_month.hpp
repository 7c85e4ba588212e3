// One month of the forecast income statement (compte de résultat mensuel).
#pragma once

#include <vector>

#include "forecast/sig_lines.hpp"
#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir::forecast {

struct PlanMonth {
  Date month;                         // first day of the calendar month
  int year_index = 0;                 // 0-based plan year
  int open_days = 0;                  // days the café opens that month
  std::vector<Money> family_sales;    // excl. VAT, in scenario.families order
  std::vector<Money> service_revenue; // excl. VAT, in scenario.services order
  SigLines lines;
};

}  // namespace comptoir::forecast
