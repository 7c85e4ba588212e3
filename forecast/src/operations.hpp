// Internal: the monthly operating figures of a plan (sales, purchases,
// costs, depreciation, interest) before income tax and balances.
#pragma once

#include <vector>

#include "forecast/cafe_plan_scenario.hpp"
#include "forecast/loan_schedule.hpp"
#include "month_flows.hpp"

namespace comptoir::forecast {

// Days in the month starting at `first_day` whose weekday is open
// (open_weekdays[0] = Monday).
[[nodiscard]] int open_days_in_month(Date first_day, const std::array<bool, 7>& open_weekdays);

// years × 12 months of operations; lines other than the primary ones are
// left for complete_balances().
[[nodiscard]] std::vector<MonthFlows> compute_operations(const CafePlanScenario& scenario,
                                                         const std::vector<LoanSchedule>& loans);

}  // namespace comptoir::forecast
