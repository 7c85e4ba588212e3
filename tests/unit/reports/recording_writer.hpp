// A TableWriter that keeps what a report wrote (headers, rows, totals,
// footers, one entry per table) so tests assert on typed cells rather than
// on rendered text.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

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

// A cell as the machine formats write it (CSV): "1234.56", ISO dates,
// codes, "true"/"false"; "" when empty.
inline std::string machine_text(const Cell& cell) {
  struct Visitor {
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(Money m) const { return m.to_string(); }
    std::string operator()(std::int64_t n) const { return std::to_string(n); }
    std::string operator()(const Date& d) const { return d.iso(); }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(const Code& c) const { return c.code; }
    std::string operator()(const Percent& p) const { return p.decimal; }
    std::string operator()(const Estimate& e) const { return e.amount.to_string(); }
  };
  return std::visit(Visitor{}, cell);
}

// The cells of a row as machine text, for whole-row comparisons.
inline std::vector<std::string> machine_row(const std::vector<Cell>& cells) {
  std::vector<std::string> out;
  for (const auto& c : cells) out.push_back(machine_text(c));
  return out;
}

}  // namespace comptoir::test
