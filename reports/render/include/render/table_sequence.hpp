// Several report tables on one stream, as the forecast commands print them
// (a plan's summary, financing and cash tables; a projection per scope):
// one after another, each written by the writer of the format.
#pragma once

#include <ostream>
#include <vector>

#include "labels/labels.hpp"
#include "render/table_document.hpp"
#include "render/table_writers.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

// Text and CSV: a blank line between tables. JSON: an array of the
// tables' objects when there are several, the object alone otherwise.
void write_tables(const std::vector<TableData>& tables, OutputFormat format, std::ostream& out, const Labels& labels,
                  int text_width = default_text_width);
// HTML and XLSX: each table a section or a sheet of one document.
void write_tables(const std::vector<TableData>& tables, TableDocument& document, const Labels& labels);

}  // namespace comptoir
