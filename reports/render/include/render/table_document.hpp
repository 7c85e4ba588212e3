// A document that holds several report tables one after another: an HTML
// page (render/html_document.hpp), an XLSX workbook (xlsx/), a PDF (pdf/).
// A command that writes several tables (close --dry-run, grant funds, a
// statement with its notes) gives one document with a section or a sheet
// per table; a report with a chart (render/chart.hpp) hands it over
// between its tables, drawn where it comes by the page and the PDF.
#pragma once

#include <memory>

#include "labels/labels.hpp"
#include "render/chart.hpp"
#include "reports/table.hpp"

namespace comptoir {

class TableDocument {
 public:
  virtual ~TableDocument() = default;
  // The writer of the document's next table, in `labels`' language. Write
  // each table whole (begin … end) before asking for the next.
  virtual std::unique_ptr<TableWriter> next_table(const Labels& labels) = 0;
  // A chart after the tables written so far, in `labels`' language: inline
  // SVG in HTML, vector paths in PDF; a workbook has none (its cells are
  // the figures).
  virtual void chart(const Chart& chart, const Labels& labels) {
    (void)chart;
    (void)labels;
  }
  // Completes the document (closing tags, the workbook's archive). A
  // document with no table is still a valid, empty one.
  virtual void finish() = 0;
};

}  // namespace comptoir
