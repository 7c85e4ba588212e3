// Internal: the start-up financing plan and the first month's start-up
// cash flows (what is paid, what VAT becomes deductible, what comes in).
#pragma once

#include "forecast/cafe_plan.hpp"
#include "forecast/cafe_plan_scenario.hpp"

namespace comptoir::forecast {

struct StartupFlows {
  Money paid;            // investments and first stock, incl. VAT
  Money vat_deductible;  // their VAT under a real regime
  Money received;        // own funds, grants, loans
};

[[nodiscard]] FinancingPlan build_financing_plan(const CafePlanScenario& scenario);
[[nodiscard]] StartupFlows startup_flows(const CafePlanScenario& scenario);

}  // namespace comptoir::forecast
