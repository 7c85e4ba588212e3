// Writes a category summary (expenses and resources by category, shares,
// result) through a TableWriter: what `comptoir demo` and the activity
// report print.
#pragma once

#include "reports/category_summary.hpp"
#include "reports/table.hpp"

namespace comptoir {

// One table: side, category, amount, share (whole percent, half-up) and an
// exact share with two decimals; side totals and the result as total rows.
void write_category_summary(const CategorySummary& summary, const std::string& title, TableWriter& out,
                            Language language);

}  // namespace comptoir
