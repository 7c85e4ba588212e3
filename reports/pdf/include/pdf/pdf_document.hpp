// Report tables as one PDF (Qt's PDF writer): A4, portrait unless a table
// is too wide for it at a readable size, then landscape. Each page has a
// header (the association's name and SIREN, the period asked for, the
// title of the table it shows) and a footer (the date, the head of the
// book's hash chain, "page n/N"); a table's column headings are repeated
// on each page it spans, no row is split, amounts are right-aligned as
// text shows them (French or English), totals and footers are bold. A
// table follows the previous one on its page when it fits there. A chart
// (render/chart.hpp) is drawn with paths and text, no image.
// The tables are held until finish(), which needs the page count N: a PDF
// is for reading, a general ledger of a million lines is for CSV or XLSX.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "core/date.hpp"
#include "render/table_document.hpp"

namespace comptoir {

// What every page's header and footer say besides the table.
struct PdfInfo {
  std::string name;    // the association's name, else the book's
  std::string siren;   // "" when the document is not one association's
  std::string period;  // the period the command was asked for ("exercice 2025"), "" if none
  Date today;          // --today, else the system date
  std::string chain;   // the hash chain's head, 16 hex characters ("" for none)
};

class PdfDocument final : public TableDocument {
 public:
  // Nothing is written to `path` before finish().
  PdfDocument(std::filesystem::path path, PdfInfo info);
  ~PdfDocument() override;
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  std::unique_ptr<TableWriter> next_table(const Labels& labels) override;
  // Drawn after the tables before it, on their page when it fits there
  // whole (else on a new portrait page), as vector paths and text scaled
  // to the text width.
  void chart(const Chart& chart, const Labels& labels) override;
  // Lays out and draws the pages into the file; throws Error(Storage) when
  // it cannot be written, Error(Internal) when the font cannot be loaded.
  void finish() override;
  // The pages written by finish().
  [[nodiscard]] int page_count() const;

  struct Content;

 private:
  std::unique_ptr<Content> content_;
};

}  // namespace comptoir
