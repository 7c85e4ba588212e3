// The writers of report tables for the command line: text for people (in
// their language, fitted to the terminal's width), CSV and JSON for
// machines (stable keys, "1234.56", ISO dates, whatever the language).
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir {

enum class OutputFormat { Text, Csv, Json };

// "text" | "csv" | "json"; throws Error(InvalidInput) otherwise.
[[nodiscard]] OutputFormat parse_output_format(std::string_view name);

// The text width a table is fitted to unless told otherwise.
inline constexpr int default_text_width = 80;

// A cell as CSV writes it (and JSON, but for counts and booleans): "1234.56",
// ISO dates, codes, "true"/"false", "" when empty.
[[nodiscard]] std::string machine_text(const Cell& cell);

[[nodiscard]] std::unique_ptr<TableWriter> make_table_writer(OutputFormat format, std::ostream& out,
                                                             const Labels& labels, int text_width = default_text_width);

}  // namespace comptoir
