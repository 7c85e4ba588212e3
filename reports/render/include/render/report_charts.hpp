// The charts of the reports that have one, each from the typed data its
// report's tables are written from (no figure computed again): the
// activity report's shares, the grants' spending against the time
// elapsed, a funding projection's cash and result with their Monte Carlo
// band. The HTML page and the PDF draw them (render/chart.hpp).
#pragma once

#include <string>
#include <vector>

#include "labels/labels.hpp"
#include "render/chart.hpp"
#include "reports/actuals_charts.hpp"
#include "reports/category_summary.hpp"
#include "reports/funding_tables.hpp"

namespace comptoir {

// Expenses by category, then resources by source: share bars of the
// categories the table lists (compared_categories), each amount with its
// share as the table shows it (whole percent, half-up). `title` names the
// summary (its table's title).
[[nodiscard]] std::vector<Chart> activity_charts(const CategorySummary& summary, const std::string& title,
                                                 const Labels& labels);

// Bars of each agreement of `grants` (only `code`'s when it is not ""):
// awarded, called, received, spent and the award pro rata of the time
// elapsed, the bars labelled with the share of the period elapsed.
[[nodiscard]] Chart grant_progress_chart(const GrantChart& grants, const std::string& code, const Labels& labels);

// Year-end cash, then the result, of one scope over its years: the
// projection as a line, and with a Monte Carlo its median and its P5–P95
// band over the projected years.
[[nodiscard]] std::vector<Chart> funding_charts(const FundingChartData& data, const Labels& labels);

}  // namespace comptoir
