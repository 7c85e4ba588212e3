// A report table held whole in memory, for the tables that are complete
// before they are written: the forecasts' tables, whose text columns are
// as wide as their content and which a command writes several in a row,
// and the GUI's models of them. Listings that may be long (a general
// ledger) stream to a TableWriter instead.
#pragma once

#include <string>
#include <vector>

#include "reports/table.hpp"

namespace comptoir {

struct TableRow {
  std::vector<Cell> cells;
  bool separated = false;  // a separator() before it: a margin, a balance, the next figure
};

struct TableData {
  std::string key;  // stable name among a command's tables: "summary", "loan-1", "projection-AT"
  TableHeader header;
  std::vector<TableRow> rows;
};

// begin, each row (after its separator), end.
void write(const TableData& table, TableWriter& out);

// The widest a column sized to its content gets in text (longer text is cut).
inline constexpr int max_content_width = 60;

// Sets the text width of each shown column (width > 0) to its widest
// heading or cell, at most max_content_width. The same in both languages:
// an amount takes the room of its French text counted in bytes (a narrow
// no-break space counts 3), as the forecasts' tables always have.
void size_columns_to_content(TableData& table);

}  // namespace comptoir
