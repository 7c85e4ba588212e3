// A report table as typed data: columns with a stable key, a heading and a
// kind of content, and rows of typed cells, written row by row so that a
// general ledger of a million lines streams instead of piling up in memory.
// Every listing and statement is built once (reports/) against this
// interface; writers (reports/render/, later HTML, XLSX, PDF, the GUI's
// models) decide how each kind of cell looks.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "labels/labels.hpp"

namespace comptoir {

enum class Align { Left, Right };

struct Column {
  std::string key;      // stable machine name: CSV header, JSON key
  std::string heading;  // human heading (localised)
  int width = 12;       // text width in characters; 0 = not shown in text
  Align align = Align::Left;
  // Text may narrow this column down to min_width (cutting its cells with
  // "…") to keep a table within the terminal's width; 0 = never narrowed.
  int min_width = 0;
  // For machines only (a statement row's stable id, its kind, an exact
  // share): CSV, JSON and XLSX (a spreadsheet's data) hold it; text and
  // HTML, which people read, leave it out.
  bool machine = false;
};

// A value with a stable code for machines and a label for people (a status,
// a kind): CSV and JSON write the code, text writes the label.
struct Code {
  std::string code;
  std::string label;
};

// A rate in percent as exact decimal text with a dot ("5.5"): CSV and JSON
// write "5.5", text "5,5 %" in French.
struct Percent {
  std::string decimal;
};

// A plain number that is neither an amount nor a rate (months of expenses
// covered, a driver's value) as exact decimal text with a dot ("1.5"):
// CSV and JSON write "1.5", French text "1,5".
struct Decimal {
  std::string decimal;
};

// An amount that is an estimate, not read from the books (a VAT base
// recomputed from the tax): text marks it with "~".
struct Estimate {
  Money amount;
};

// A cell: empty, text, an amount, a count, a date, a yes/no, a code, a
// percentage, a plain decimal number or an estimated amount.
using Cell =
    std::variant<std::monostate, std::string, Money, std::int64_t, Date, bool, Code, Percent, Decimal, Estimate>;

struct TableHeader {
  std::string title;  // text output (and document formats) only
  std::vector<Column> columns;
};

class TableWriter {
 public:
  virtual ~TableWriter() = default;
  virtual void begin(const TableHeader& header) = 0;
  virtual void row(const std::vector<Cell>& cells) = 0;
  // A summary row that belongs to the data (a period's net VAT, a tour's
  // sums): a rule above it in text; a normal row in CSV; in JSON it goes to
  // "totals" beside "rows".
  virtual void total(const std::vector<Cell>& cells) = 0;
  // A sum for the reader's eye (the total of a listing's columns): shown in
  // text and document formats, left out of CSV and JSON, whose readers sum
  // the rows themselves.
  virtual void footer(const std::vector<Cell>& cells) = 0;
  // A break between groups of rows (before a margin, a balance, the next
  // figure of a comparison): a rule in text and document formats; nothing
  // in CSV and JSON, whose rows keep their order.
  virtual void separator() {}
  virtual void end() = 0;
};

}  // namespace comptoir
