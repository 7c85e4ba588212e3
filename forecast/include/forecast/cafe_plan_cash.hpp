// Cash figures of one plan year read from a computed café plan's cash plan
// (no recomputation): shared by the plan tables and the comparison.
#pragma once

#include "forecast/cafe_plan.hpp"
#include "core/money.hpp"

namespace comptoir::forecast {

// Closing cash of the last month of plan year `year_index` (0-based).
[[nodiscard]] Money year_end_cash(const CafePlan& plan, int year_index);
// Lowest month-end (closing) cash among the 12 months of that year.
[[nodiscard]] Money lowest_month_end_cash(const CafePlan& plan, int year_index);

}  // namespace comptoir::forecast
