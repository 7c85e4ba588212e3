// compute_cafe_plan(): checks the scenario's consistency, then assembles
// operations, balances, income tax, yearly analysis, financing and cash plans.
#include <string>

#include "cafe_plan_steps.hpp"
#include "core/error.hpp"
#include "forecast/cafe_plan.hpp"

namespace comptoir::forecast {
namespace {

void require(bool condition, const std::string& what) {
  if (!condition) throw Error(ErrorKind::InvalidInput, "café scenario: " + what);
}

void check(const CafePlanScenario& s) {
  require(s.years >= 3 && s.years <= 5, "the plan covers 3 to 5 years, not " + std::to_string(s.years));
  require(s.start.day() == 1, "the start date " + s.start.iso() + " is not the first day of a month");
  require(s.customers_per_day >= 0, "customers per day must not be negative");
  for (const auto& r : s.seasonality) require(r >= 0, "seasonality coefficients must not be negative");
  for (const auto& r : s.ramp_up) require(r >= 0, "ramp-up coefficients must not be negative");
  for (const auto& staff : s.staff) {
    for (unsigned m : staff.months) require(m >= 1 && m <= 12, "staff '" + staff.role + "': month out of range");
  }
  for (const auto& cost : s.fixed_costs) {
    for (unsigned m : cost.months) require(m >= 1 && m <= 12, "cost '" + cost.label + "': month out of range");
  }
  for (const auto& inv : s.investments) require(inv.depreciation_years >= 0, "negative depreciation period");
  for (const auto& g : s.grants) require(g.years >= 0, "negative grant transfer period");
}

}  // namespace

CafePlan compute_cafe_plan(const CafePlanScenario& scenario) {
  check(scenario);
  CafePlan plan;
  plan.scenario = scenario;
  for (const auto& loan : scenario.loans) plan.loans.push_back(compute_loan_schedule(loan, scenario.start));
  std::vector<MonthFlows> months = compute_operations(scenario, plan.loans);
  for (auto& m : months) complete_balances(m.month.lines);
  const std::vector<Money> income_tax = book_income_tax(scenario, months);
  for (int y = 0; y < scenario.years; ++y) complete_balances(months[static_cast<std::size_t>(y * 12 + 11)].month.lines);
  plan.years = summarise_years(scenario, months);
  plan.first_profitable_month = first_profitable_month(months);
  plan.financing = build_financing_plan(scenario);
  plan.cash = build_cash_plan(scenario, months, startup_flows(scenario), plan.loans, income_tax);
  plan.months.reserve(months.size());
  for (auto& m : months) plan.months.push_back(std::move(m.month));
  return plan;
}

}  // namespace comptoir::forecast
