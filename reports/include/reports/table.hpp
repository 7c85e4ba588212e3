// A report table as typed data, written row by row so that a general ledger
// of a million lines streams instead of piling up in memory. Renderers
// (render/) turn it into text, CSV or JSON.
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <variant>
#include <vector>

#include "core/money.hpp"

namespace comptoir {

enum class Align { Left, Right };
enum class OutputFormat { Text, Csv, Json };
enum class Language { French, English };

struct Column {
  std::string key;      // stable machine name: CSV header, JSON key
  std::string heading;  // human heading for text output (localised)
  int width = 12;       // text width in characters; 0 = not shown in text
  Align align = Align::Left;
};

// A cell: text, an amount, or a count.
using Cell = std::variant<std::string, Money, std::int64_t>;

struct TableHeader {
  std::string title;  // text output only
  std::vector<Column> columns;
};

class TableWriter {
 public:
  virtual ~TableWriter() = default;
  virtual void begin(const TableHeader& header) = 0;
  virtual void row(const std::vector<Cell>& cells) = 0;
  // A totals row: a rule above it in text; a normal row in CSV; in JSON it
  // goes to "totals" beside "rows".
  virtual void total(const std::vector<Cell>& cells) = 0;
  virtual void end() = 0;
};

// Text uses French number formatting ("1 234,56") when language is French.
[[nodiscard]] std::unique_ptr<TableWriter> make_table_writer(OutputFormat format, std::ostream& out,
                                                             Language language);

// "text" | "csv" | "json"; throws Error(InvalidInput) otherwise.
[[nodiscard]] OutputFormat parse_output_format(const std::string& name);
// "fr" | "en"; throws Error(InvalidInput) otherwise.
[[nodiscard]] Language parse_language(const std::string& name);

}  // namespace comptoir
