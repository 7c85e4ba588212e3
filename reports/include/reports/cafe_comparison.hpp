// Café business plans side by side (base and variants): a table of their
// key figures and the chart series of their net result and year-end cash,
// for the CLI and the GUI. Everything is read from computed plans
// (compute_cafe_plan), nothing is recomputed here.
#pragma once

#include <vector>

#include "forecast/cafe_plan.hpp"
#include "labels/labels.hpp"
#include "reports/chart_series.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

// One column per plan (key scenario_N, heading its name up to " — "); rows
// per plan year (plans may differ in length and start: "An 1" is each
// plan's first year): revenue, commercial margin, value added, EBE, net
// result, CAF, year-end cash, lowest month-end cash, break-even revenue and
// the month it is reached, working-capital need; then start-up investments,
// total start-up needs and total financing resources. A year a plan does
// not have reads "-". Throws Error(InvalidInput) when `plans` is empty.
[[nodiscard]] TableData cafe_comparison_table(const std::vector<forecast::CafePlan>& plans, const Labels& t);
// The comparison, then the series of net result and of year-end cash.
[[nodiscard]] std::vector<TableData> cafe_comparison_tables(const std::vector<forecast::CafePlan>& plans,
                                                            const Labels& t);

// One series per plan (named after it): net result of each of its plan
// years, x labels "An 1", "An 2"... ("Year 1"... in English).
[[nodiscard]] std::vector<ChartSeries> cafe_result_series(const std::vector<forecast::CafePlan>& plans,
                                                          const Labels& t);
// One series per plan: closing cash of each plan year.
[[nodiscard]] std::vector<ChartSeries> cafe_cash_series(const std::vector<forecast::CafePlan>& plans, const Labels& t);

}  // namespace comptoir
