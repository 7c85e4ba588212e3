// Internal: the monthly cash plan (plan de trésorerie) from the operations,
// the start-up flows, the loans and the income tax.
#pragma once

#include <vector>

#include "forecast/cafe_plan.hpp"
#include "forecast/cafe_plan_scenario.hpp"
#include "forecast/loan_schedule.hpp"
#include "month_flows.hpp"
#include "startup_builder.hpp"

namespace comptoir::forecast {

// VAT timing: under "reel-mensuel" the net VAT of a month is paid the next
// month; under "reel-trimestriel" the net VAT of a calendar quarter is paid
// the month after the quarter ends; a credit (more deductible than
// collected) is carried forward, not refunded. Payments due after the
// horizon are not shown. Operating subsidies are cashed in the first month
// of each plan year; a year's income tax is paid the month after it ends.
[[nodiscard]] std::vector<CashPlanRow> build_cash_plan(const CafePlanScenario& scenario,
                                                       const std::vector<MonthFlows>& months,
                                                       const StartupFlows& startup,
                                                       const std::vector<LoanSchedule>& loans,
                                                       const std::vector<Money>& income_tax);

}  // namespace comptoir::forecast
