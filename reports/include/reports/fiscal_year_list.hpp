// The fiscal years (exercices) of the book as a listing, built once for
// every writer: `comptoir year list` and, later, the closing screens.
#pragma once

#include <string>

#include "core/book_reader.hpp"
#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir {

// One row per fiscal year of `entity` ("" = every entity of the book):
// entity, year, first and last day, status. The status is the word of
// `labels`' language in every format (ouvert/clôturé, open/closed), as
// its CSV has always said.
void write_fiscal_years(const BookReader& book, const std::string& entity, const Labels& labels, TableWriter& out);

}  // namespace comptoir
