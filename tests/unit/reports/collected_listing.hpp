// A TableWriter that keeps what a report writes, table by table, so unit
// tests of the co-financing, Guinguette, fiscal-year and activity listings
// check typed cells (a Date, a bool, a Code) rather than rendered text.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reports/table.hpp"

namespace comptoir::test {

struct CollectedTable {
  TableHeader header;
  std::vector<std::vector<Cell>> rows;
  std::vector<std::vector<Cell>> totals;
  std::vector<std::vector<Cell>> footers;
  bool ended = false;

  // The index of the column `key`; fails the test (and returns 0) if absent.
  [[nodiscard]] std::size_t column(const std::string& key) const {
    for (std::size_t i = 0; i < header.columns.size(); ++i) {
      if (header.columns[i].key == key) return i;
    }
    ADD_FAILURE() << "no column " << key;
    return 0;
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

class CollectedListing final : public TableWriter {
 public:
  void begin(const TableHeader& header) override { tables.push_back({header, {}, {}, {}, false}); }
  void row(const std::vector<Cell>& cells) override { tables.back().rows.push_back(cells); }
  void total(const std::vector<Cell>& cells) override { tables.back().totals.push_back(cells); }
  void footer(const std::vector<Cell>& cells) override { tables.back().footers.push_back(cells); }
  void end() override { tables.back().ended = true; }

  // The one table written; fails the test unless exactly one was.
  [[nodiscard]] const CollectedTable& table() const {
    EXPECT_EQ(tables.size(), 1U);
    return tables.at(0);
  }

  std::vector<CollectedTable> tables;
};

}  // namespace comptoir::test
