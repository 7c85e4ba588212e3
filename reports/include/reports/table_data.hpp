// A report table held whole in memory, for the tables that are complete
// before they are written: the forecasts' tables, whose text columns are
// as wide as their content and which a command writes several in a row,
// and the GUI's models of them. Listings that may be long (a general
// ledger) stream to a TableWriter instead.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "reports/table.hpp"

namespace comptoir {

struct TableRow {
  std::vector<Cell> cells;
  bool separated = false;  // a separator() before it: a margin, a balance, the next figure
  bool total = false;      // a total() or footer() row: a summary, set apart from the rows
};

struct TableData {
  std::string key;  // stable name among a command's tables: "summary", "loan-1", "projection-AT"
  TableHeader header;
  std::vector<TableRow> rows;
};

// begin, each row (after its separator; total rows through total()), end.
void write(const TableData& table, TableWriter& out);

// A TableWriter that keeps what a listing writes as a TableData, so a
// listing built once for every writer can also be held whole (the GUI's
// table models). Totals and footers become total rows, a separator marks
// the next row.
class TableDataCollector final : public TableWriter {
 public:
  explicit TableDataCollector(std::string key) { table_.key = std::move(key); }
  void begin(const TableHeader& header) override { table_.header = header; }
  void row(const std::vector<Cell>& cells) override { add(cells, false); }
  void total(const std::vector<Cell>& cells) override { add(cells, true); }
  void footer(const std::vector<Cell>& cells) override { add(cells, true); }
  void separator() override { separated_ = true; }
  void end() override {}
  // The table written so far.
  [[nodiscard]] const TableData& table() const { return table_; }

 private:
  void add(const std::vector<Cell>& cells, bool total) {
    table_.rows.push_back({cells, separated_, total});
    separated_ = false;
  }
  TableData table_;
  bool separated_ = false;
};

// The widest a column sized to its content gets in text (longer text is cut).
inline constexpr int max_content_width = 60;

// Sets the text width of each shown column (width > 0) to its widest
// heading or cell, at most max_content_width. The same in both languages:
// an amount takes the room of its French text counted in bytes (a narrow
// no-break space counts 3), as the forecasts' tables always have.
void size_columns_to_content(TableData& table);

}  // namespace comptoir
