// Computes the activity report's category summaries from the books: per
// entity, and both associations combined with inter-association flows
// eliminated. Everything comes from the reader's aggregate queries.
#pragma once

#include <string>
#include <vector>

#include "core/book_reader.hpp"
#include "reports/category_scheme.hpp"
#include "reports/category_summary.hpp"

namespace comptoir {

// The tag key that marks an inter-association flow: interco=<pair id>.
inline constexpr const char* interco_tag_key = "interco";

// Expenses (class 6: debit - credit) and resources (class 7: credit - debit)
// of `entity` in fiscal year `year`, validated entries only, grouped by the
// scheme's categories; accounts matched by no prefix go to an "other" row.
// Every category of the scheme appears, even at zero. Shares are exact
// fractions of the side total. Throws Error(NotFound) if the scheme has no
// category for `entity`.
[[nodiscard]] CategorySummary summarise_by_category(const BookReader& reader, const std::string& entity, int year,
                                                    const CategoryScheme& scheme);

// Several entities combined: each entity's categories minus its class-6/7
// postings tagged interco=<id> (flows between the associations), then rows
// merged by category code (first entity's label wins; new codes appended in
// order; "other" last). Throws like summarise_by_category.
[[nodiscard]] CategorySummary summarise_combined(const BookReader& reader, const std::vector<std::string>& entities,
                                                 int year, const CategoryScheme& scheme);

}  // namespace comptoir
