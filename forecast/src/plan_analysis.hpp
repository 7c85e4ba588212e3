// Internal: what is derived from the monthly operations: corporate income
// tax, yearly totals, break-even, working-capital need, first profitable month.
#pragma once

#include <optional>
#include <vector>

#include "forecast/cafe_plan.hpp"
#include "forecast/cafe_plan_scenario.hpp"
#include "month_flows.hpp"

namespace comptoir::forecast {

// Books the corporate income tax (IS) of each plan year in its last month,
// when the scenario asks for it; returns the tax of each year.
std::vector<Money> book_income_tax(const CafePlanScenario& scenario, std::vector<MonthFlows>& months);

// Yearly totals with break-even and BFR; months must be complete.
[[nodiscard]] std::vector<PlanYear> summarise_years(const CafePlanScenario& scenario,
                                                    const std::vector<MonthFlows>& months);

// Index of the first month whose cumulative net result is positive.
[[nodiscard]] std::optional<int> first_profitable_month(const std::vector<MonthFlows>& months);

}  // namespace comptoir::forecast
