// A TableWriter that keeps what a report wrote (headers, rows, totals,
// footers, one entry per table) so tests assert on typed cells rather than
// on rendered text.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "render/table_writers.hpp"
#include "reports/table.hpp"

namespace comptoir::test {

struct RecordedTable {
  TableHeader header;
  std::vector<std::vector<Cell>> rows;
  std::vector<std::vector<Cell>> totals;
  std::vector<std::vector<Cell>> footers;
  bool ended = false;

  // The index of the column `key`; throws if the table has none.
  [[nodiscard]] std::size_t column(const std::string& key) const {
    for (std::size_t i = 0; i < header.columns.size(); ++i) {
      if (header.columns[i].key == key) return i;
    }
    throw std::out_of_range("no column " + key);
  }
  [[nodiscard]] std::vector<std::string> keys() const {
    std::vector<std::string> out;
    for (const auto& c : header.columns) out.push_back(c.key);
    return out;
  }
  // The cell of column `key` in row `row`, as T (throws on another type).
  template <typename T>
  [[nodiscard]] const T& cell(std::size_t row, const std::string& key) const {
    return std::get<T>(rows.at(row).at(column(key)));
  }
};

class RecordingWriter final : public TableWriter {
 public:
  void begin(const TableHeader& header) override { tables.push_back({header, {}, {}, {}, false}); }
  void row(const std::vector<Cell>& cells) override { tables.back().rows.push_back(cells); }
  void total(const std::vector<Cell>& cells) override { tables.back().totals.push_back(cells); }
  void footer(const std::vector<Cell>& cells) override { tables.back().footers.push_back(cells); }
  void end() override { tables.back().ended = true; }

  // The only table written; throws unless exactly one was.
  [[nodiscard]] const RecordedTable& table() const {
    if (tables.size() != 1) throw std::logic_error(std::to_string(tables.size()) + " tables written");
    return tables.front();
  }

  std::vector<RecordedTable> tables;
};

using comptoir::machine_text;

// The cells of a row as machine text, for whole-row comparisons.
inline std::vector<std::string> machine_row(const std::vector<Cell>& cells) {
  std::vector<std::string> out;
  out.reserve(cells.size());
  for (const auto& c : cells) out.push_back(machine_text(c));
  return out;
}

}  // namespace comptoir::test
