// Internal: the steps compute_cafe_plan() chains, in order: the monthly
// operations (operations.cpp), income tax and the yearly analysis
// (plan_analysis.cpp), the start-up financing (startup_builder.cpp) and the
// cash plan (cash_plan_builder.cpp). One header because each step takes the
// previous one's output (MonthFlows, StartupFlows).
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "forecast/cafe_plan.hpp"
#include "forecast/cafe_plan_scenario.hpp"
#include "forecast/loan_schedule.hpp"

namespace comptoir::forecast {

// One month of operations with the cash and VAT amounts the cash plan needs
// beside the income-statement lines.
struct MonthFlows {
  PlanMonth month;
  Money sales_incl_vat;
  Money purchases_incl_vat;
  Money staff_paid;
  Money fixed_costs_incl_vat;  // external charges and taxes as paid
  Money vat_collected;
  Money vat_deductible;
};

// --- Operations: the monthly figures (sales, purchases, costs,
// depreciation, interest) before income tax and balances.

// Days in the month starting at `first_day` whose weekday is open
// (open_weekdays[0] = Monday).
[[nodiscard]] int open_days_in_month(Date first_day, const std::array<bool, 7>& open_weekdays);

// years × 12 months of operations; lines other than the primary ones are
// left for complete_balances().
[[nodiscard]] std::vector<MonthFlows> compute_operations(const CafePlanScenario& scenario,
                                                         const std::vector<LoanSchedule>& loans);

// --- Analysis: what is derived from the monthly operations.

// Books the corporate income tax (IS) of each plan year in its last month,
// when the scenario asks for it; returns the tax of each year.
std::vector<Money> book_income_tax(const CafePlanScenario& scenario, std::vector<MonthFlows>& months);

// Yearly totals with break-even and BFR; months must be complete.
[[nodiscard]] std::vector<PlanYear> summarise_years(const CafePlanScenario& scenario,
                                                    const std::vector<MonthFlows>& months);

// Index of the first month whose cumulative net result is positive.
[[nodiscard]] std::optional<int> first_profitable_month(const std::vector<MonthFlows>& months);

// --- Start-up: the financing plan and the first month's start-up cash
// flows (what is paid, what VAT becomes deductible, what comes in).

struct StartupFlows {
  Money paid;            // investments and first stock, incl. VAT
  Money vat_deductible;  // their VAT under a real regime
  Money received;        // own funds, grants, loans
};

[[nodiscard]] FinancingPlan build_financing_plan(const CafePlanScenario& scenario);
[[nodiscard]] StartupFlows startup_flows(const CafePlanScenario& scenario);

// --- Cash plan (plan de trésorerie) from the operations, the start-up
// flows, the loans and the income tax.

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
