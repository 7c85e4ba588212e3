// The activity report's figures as a chart draws them: resources by source
// and expenses by category, one point per category, and the same figures
// as a table held whole. What the desktop app's "Actuals" view shows.
#pragma once

#include <string>

#include "labels/labels.hpp"
#include "reports/category_summary.hpp"
#include "reports/chart_series.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

struct ActivityCharts {
  ChartSeries resources;  // resources by source
  ChartSeries expenses;   // expenses by category
};

// One point per category of each side, in the scheme's order, labelled in
// `labels`' language; the "other" row only when it is not zero (as the
// table shows it). The amounts are the summary's, unchanged.
[[nodiscard]] ActivityCharts activity_chart_series(const CategorySummary& summary, const Labels& labels);

// The summary as write_category_summary() writes it (side, category,
// amount, share; side totals and the result as total rows), held whole.
[[nodiscard]] TableData activity_table(const CategorySummary& summary, const std::string& title, const Labels& labels);

}  // namespace comptoir
