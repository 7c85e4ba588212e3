// Turns a computed café plan into generic tables (labels in French by
// default, English on request) so the CLI and GUI print text, CSV or JSON
// without knowing the plan's internals.
#pragma once

#include <vector>

#include "forecast/cafe_plan.hpp"
#include "forecast/label_language.hpp"
#include "forecast/plan_table.hpp"

namespace comptoir::forecast {

// Yearly income statement as SIG lines, CAF, break-even, point mort, BFR:
// one row per line, one column per plan year.
[[nodiscard]] PlanTable yearly_summary_table(const CafePlan& plan, LabelLanguage language);
// One row per month: revenue by family and service, then the SIG lines.
[[nodiscard]] PlanTable monthly_income_table(const CafePlan& plan, LabelLanguage language);
// One row per month: cash plan with VAT collected, deductible and paid.
[[nodiscard]] PlanTable cash_plan_table(const CafePlan& plan, LabelLanguage language);
// Uses against resources at start-up.
[[nodiscard]] PlanTable financing_plan_table(const CafePlan& plan, LabelLanguage language);
// One row per instalment of one loan.
[[nodiscard]] PlanTable loan_schedule_table(const LoanSchedule& loan, int number, LabelLanguage language);
// All of the above, in reading order.
[[nodiscard]] std::vector<PlanTable> cafe_plan_tables(const CafePlan& plan, LabelLanguage language);

}  // namespace comptoir::forecast
