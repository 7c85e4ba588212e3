// Writes a category summary (expenses and resources by category, shares,
// result) through a TableWriter: what `comptoir demo` and the activity
// report print.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/book_reader.hpp"
#include "labels/labels.hpp"
#include "reports/category_scheme.hpp"
#include "reports/category_summary.hpp"
#include "reports/table.hpp"

namespace comptoir {

// A category as a table or a chart shows it, beside the previous fiscal
// year's amount when there is one.
struct ComparedCategory {
  std::string code;
  std::string label_fr;
  std::string label_en;
  Money amount;                   // in N (zero when only N-1 has the category)
  std::optional<Money> previous;  // in N-1 (zero when N-1 lacks it); nullopt without N-1
  Rational share;                 // of N's side total
};

// The categories of `side` a table or a chart shows, in the scheme's
// order: every category, "other" (last) only when it is not zero in N or
// in N-1. `previous` is the same side in N-1, or null.
[[nodiscard]] std::vector<ComparedCategory> compared_categories(const CategorySideSummary& side,
                                                                const CategorySideSummary* previous);

// One table: side, category, amount, share (whole percent, half-up) and an
// exact share with two decimals; side totals and the result as total rows.
// The side and category columns hold the words of `labels`' language in
// every format (their CSV contract predates codes; `code` says the category).
void write_category_summary(const CategorySummary& summary, const std::string& title, const Labels& labels,
                            TableWriter& out);

// The same table beside the previous fiscal year: the amount column is
// "Montant 2025" and an `amount_previous` column follows it ("Montant
// 2024"; "N-1" with empty cells when `previous` is null: the year has no
// previous year). Shares are N's.
void write_category_comparison(const CategorySummary& summary, const CategorySummary* previous,
                               const std::string& title, const Labels& labels, TableWriter& out);

// The activity summaries of fiscal year `year`: one table per entity of the
// book, then every entity combined with inter-association flows eliminated.
void write_activity_summaries(const BookReader& book, int year, const CategoryScheme& scheme, const Labels& labels,
                              TableWriter& out);

}  // namespace comptoir
