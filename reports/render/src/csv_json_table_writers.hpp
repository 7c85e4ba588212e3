// CSV and JSON writers of report tables: machine formats, so amounts are
// always "1234.56" ('.' decimal, no grouping), dates ISO, codes rather than
// labels, and keys are the stable column keys whatever the language.
#pragma once

#include <ostream>

#include "render/table_writers.hpp"
#include "reports/table.hpp"

namespace comptoir {

class CsvTableWriter final : public TableWriter {
 public:
  explicit CsvTableWriter(std::ostream& out) : out_(out) {}
  void begin(const TableHeader& header) override;
  void row(const std::vector<Cell>& cells) override;
  void total(const std::vector<Cell>& cells) override { row(cells); }
  void footer(const std::vector<Cell>& /*cells*/) override {}
  void end() override {}

 private:
  std::ostream& out_;
  std::size_t columns_ = 0;
};

// {"title": ..., "rows": [{key: value...}...], "totals": [...]}; amounts are
// JSON strings to stay exact, counts are numbers, yes/no are booleans.
class JsonTableWriter final : public TableWriter {
 public:
  explicit JsonTableWriter(std::ostream& out) : out_(out) {}
  void begin(const TableHeader& header) override;
  void row(const std::vector<Cell>& cells) override;
  void total(const std::vector<Cell>& cells) override;
  void footer(const std::vector<Cell>& /*cells*/) override {}
  void end() override;

 private:
  void object(const std::vector<Cell>& cells);
  std::ostream& out_;
  std::vector<Column> columns_;
  std::vector<std::vector<Cell>> totals_;
  bool first_row_ = true;
};

}  // namespace comptoir
