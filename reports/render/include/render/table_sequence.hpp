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
// A chart drawn from the data of the tables before it: after the first
// `after` tables of a document (HTML and PDF draw it; text, CSV and JSON
// have its figures in the tables already).
struct PlacedChart {
  std::size_t after = 0;
  Chart chart;
};

// HTML, XLSX and PDF: each table a section or a sheet of one document,
// each chart after its tables.
void write_tables(const std::vector<TableData>& tables, TableDocument& document, const Labels& labels,
                  const std::vector<PlacedChart>& charts = {});

}  // namespace comptoir
