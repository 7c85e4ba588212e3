// Report tables as one XLSX workbook: a sheet per table, its title on the
// first row and its headings on the second, both frozen and repeated on
// each printed page (A4). Cells are typed: amounts are numbers in euros
// (# ##0,00 € in a French Excel), dates Excel dates, counts integers,
// percentages numbers with a % format, yes/no booleans, codes their
// labels; totals and footers bold. A table longer than a sheet's rows
// goes on to a next sheet, "<title> (2)", with its headings again.
// Written in libxlsxwriter's constant-memory mode, so a general ledger of
// a million lines streams through temporary files, never held whole.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "render/table_document.hpp"

namespace comptoir {

struct XlsxOptions {
  // Rows of one sheet, title and headings included: Excel's limit. Tests
  // lower it to see a table continue on the next sheet.
  std::uint32_t max_rows_per_sheet = 1'048'576;
};

class XlsxDocument final : public TableDocument {
 public:
  // Nothing is written to `path` before finish(); throws
  // Error(InvalidInput) when the workbook cannot be started.
  explicit XlsxDocument(const std::filesystem::path& path, XlsxOptions options = {});
  ~XlsxDocument() override;
  XlsxDocument(const XlsxDocument&) = delete;
  XlsxDocument& operator=(const XlsxDocument&) = delete;

  std::unique_ptr<TableWriter> next_table(const Labels& labels) override;
  // Assembles the workbook into the file; throws Error(Storage) on failure.
  void finish() override;
  // The names of the sheets so far, in order.
  [[nodiscard]] const std::vector<std::string>& sheet_names() const;

  struct Workbook;

 private:
  std::unique_ptr<Workbook> book_;
};

// The name of a new sheet for `title` (Excel's rules): the characters
// []:*?/\ become '-', at most 31 characters (code points), no apostrophe
// at either end, not one of `taken` (ignoring ASCII case): " (2)", " (3)"…
// is added, the title cut to make room. `fallback` names an untitled sheet.
[[nodiscard]] std::string sheet_name(const std::string& title, const std::string& fallback,
                                     const std::vector<std::string>& taken);

}  // namespace comptoir
