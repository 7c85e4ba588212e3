// A café plan's charts, as the desktop app's Café plan tab draws them:
// the closing cash of each month, the revenue beside the break-even
// revenue per plan year, and the EBE, net result and CAF per plan year.
// Read from a computed plan (compute_cafe_plan); nothing is recomputed.
#pragma once

#include <vector>

#include "forecast/cafe_plan.hpp"
#include "labels/labels.hpp"
#include "reports/chart_series.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

// Closing cash of each month of the cash plan, x labels "09/2026"….
[[nodiscard]] ChartSeries cafe_month_cash_series(const forecast::CafePlan& plan, const Labels& t);
// Two series over the plan years ("An 1"…): revenue, break-even revenue
// (zero when the contribution margin is not positive: none exists).
[[nodiscard]] std::vector<ChartSeries> cafe_break_even_series(const forecast::CafePlan& plan, const Labels& t);
// Three series over the plan years: EBE, net result, CAF.
[[nodiscard]] std::vector<ChartSeries> cafe_result_lines_series(const forecast::CafePlan& plan, const Labels& t);

// Café plans compared (the Compare tab): one series per plan of its
// revenue per plan year ("An 1"…, each plan's own first year).
[[nodiscard]] std::vector<ChartSeries> cafe_revenue_series(const std::vector<forecast::CafePlan>& plans,
                                                           const Labels& t);
// Rows per plan year of the first plan and figure (revenue, net result,
// CAF, year-end cash); columns: the first plan's amount, then each other
// plan's difference from it ("-" for a year it lacks). Throws
// Error(InvalidInput) when `plans` is empty.
[[nodiscard]] TableData cafe_difference_table(const std::vector<forecast::CafePlan>& plans, const Labels& t);

}  // namespace comptoir
