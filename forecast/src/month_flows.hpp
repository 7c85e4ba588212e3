// Internal: one month of operations with the cash and VAT amounts the cash
// plan needs beside the income-statement lines.
#pragma once

#include "core/money.hpp"
#include "forecast/cafe_plan.hpp"

namespace comptoir::forecast {

struct MonthFlows {
  PlanMonth month;
  Money sales_incl_vat;
  Money purchases_incl_vat;
  Money staff_paid;
  Money fixed_costs_incl_vat;  // external charges and taxes as paid
  Money vat_collected;
  Money vat_deductible;
};

}  // namespace comptoir::forecast
