// The writers of report tables for the command line: text for people (in
// their language, fitted to the terminal's width), CSV and JSON for
// machines (stable keys, "1234.56", ISO dates, whatever the language).
// HTML, XLSX and PDF are documents of several tables (render/table_document.hpp,
// xlsx/xlsx_document.hpp, pdf/pdf_document.hpp).
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir {

// Html, Xlsx and Pdf are documents: make_table_writer() refuses them, each
// table goes through a TableDocument instead.
enum class OutputFormat { Text, Csv, Json, Html, Xlsx, Pdf };

// "text" | "csv" | "json" | "html" | "xlsx" | "pdf"; throws Error(InvalidInput) otherwise.
[[nodiscard]] OutputFormat parse_output_format(std::string_view name);

// The text width a table is fitted to unless told otherwise.
inline constexpr int default_text_width = 80;

// A cell as CSV writes it (and JSON, but for counts and booleans): "1234.56",
// ISO dates, codes, "true"/"false", "" when empty.
[[nodiscard]] std::string machine_text(const Cell& cell);

// A cell as people read it (text and HTML): the label of a code, "1 234,56"
// and 31/12/2025 in French, "5,5 %", "~" before an estimate.
[[nodiscard]] std::string human_text(const Cell& cell, const Labels& labels);

// Whether people read a cell as a number, right-aligned (HTML, PDF): an
// amount, a count, a rate, a decimal number or an estimate.
[[nodiscard]] bool numeric_cell(const Cell& cell);

[[nodiscard]] std::unique_ptr<TableWriter> make_table_writer(OutputFormat format, std::ostream& out,
                                                             const Labels& labels, int text_width = default_text_width);

}  // namespace comptoir
