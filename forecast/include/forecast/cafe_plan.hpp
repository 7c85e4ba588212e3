// The computed café business plan (budget prévisionnel): typed data for the
// CLI and GUI to render. Produced by compute_cafe_plan().
#pragma once

#include <optional>
#include <vector>

#include "forecast/cafe_plan_scenario.hpp"
#include "forecast/cash_plan_row.hpp"
#include "forecast/financing_plan.hpp"
#include "forecast/loan_schedule.hpp"
#include "forecast/plan_month.hpp"
#include "forecast/plan_year.hpp"

namespace comptoir::forecast {

struct CafePlan {
  CafePlanScenario scenario;       // what it was computed from
  std::vector<PlanMonth> months;   // years × 12
  std::vector<PlanYear> years;
  std::vector<CashPlanRow> cash;   // one per month
  std::vector<LoanSchedule> loans; // in scenario.loans order
  FinancingPlan financing;
  // First month (index into months) whose cumulative net result since the
  // start is positive; none within the horizon otherwise.
  std::optional<int> first_profitable_month;
};

// Pure: the same scenario always gives the same plan. Throws
// Error(InvalidInput) if the scenario is inconsistent (years outside 3..5,
// start not the first of a month, a loan with no term...).
// Rounding: every monthly line is rounded half-up to the cent once, from
// exact rationals; yearly figures are sums of the monthly lines.
[[nodiscard]] CafePlan compute_cafe_plan(const CafePlanScenario& scenario);

}  // namespace comptoir::forecast
