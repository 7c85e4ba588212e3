// A computed café plan as report tables (SIG, monthly income, cash plan,
// financing plan, loan schedules), so the CLI and the GUI print text, CSV
// or JSON without knowing the plan's internals. Every word comes from the
// labels catalogue.
#pragma once

#include <string>
#include <vector>

#include "forecast/cafe_plan.hpp"
#include "labels/labels.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

// Yearly income statement as SIG lines, CAF, break-even, point mort, BFR:
// one row per line, one column per plan year.
[[nodiscard]] TableData yearly_summary_table(const forecast::CafePlan& plan, const Labels& t);
// One row per month: open days, revenue by family and service, then the SIG lines.
[[nodiscard]] TableData monthly_income_table(const forecast::CafePlan& plan, const Labels& t);
// One row per month: cash plan with VAT collected, deductible and paid.
[[nodiscard]] TableData cash_plan_table(const forecast::CafePlan& plan, const Labels& t);
// Uses against resources at start-up.
[[nodiscard]] TableData financing_plan_table(const forecast::CafePlan& plan, const Labels& t);
// One row per instalment of one loan (numbered from 1), then the totals.
[[nodiscard]] TableData loan_schedule_table(const forecast::LoanSchedule& loan, int number, const Labels& t);

// The tables of `selection`: summary, monthly, cash, financing, loans (one
// per loan) or all of them in reading order.
[[nodiscard]] std::vector<TableData> cafe_plan_tables(const forecast::CafePlan& plan, const std::string& selection,
                                                      const Labels& t);

}  // namespace comptoir
