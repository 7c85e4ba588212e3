// Writes a category summary (expenses and resources by category, shares,
// result) through a TableWriter: what `comptoir demo` and the activity
// report print.
#pragma once

#include <string>

#include "core/book_reader.hpp"
#include "labels/labels.hpp"
#include "reports/category_scheme.hpp"
#include "reports/category_summary.hpp"
#include "reports/table.hpp"

namespace comptoir {

// One table: side, category, amount, share (whole percent, half-up) and an
// exact share with two decimals; side totals and the result as total rows.
// The side and category columns hold the words of `labels`' language in
// every format (their CSV contract predates codes; `code` says the category).
void write_category_summary(const CategorySummary& summary, const std::string& title, const Labels& labels,
                            TableWriter& out);

// The activity summaries of fiscal year `year`: one table per entity of the
// book, then every entity combined with inter-association flows eliminated.
void write_activity_summaries(const BookReader& book, int year, const CategoryScheme& scheme, const Labels& labels,
                              TableWriter& out);

}  // namespace comptoir
