// Tables held in memory: written call by call, sized to their content
// (see table_data.hpp).
#include "reports/table_data.hpp"

#include <algorithm>

namespace comptoir {
namespace {

// Code points: labels hold accented letters, no wide glyphs.
std::size_t code_points(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The room a cell takes in text whatever the language (see the header).
struct ContentWidth {
  std::size_t operator()(std::monostate) const { return 0; }
  std::size_t operator()(const std::string& s) const { return code_points(s); }
  std::size_t operator()(Money m) const { return m.to_french().size(); }
  std::size_t operator()(std::int64_t n) const { return std::to_string(n).size(); }
  std::size_t operator()(const Date&) const { return 10; }
  std::size_t operator()(bool) const { return 3; }  // oui, non, yes, no
  std::size_t operator()(const Code& c) const { return code_points(c.label); }
  std::size_t operator()(const Percent& p) const { return p.decimal.size() + 2; }  // "5,5 %"
  std::size_t operator()(const Decimal& d) const { return d.decimal.size(); }
  std::size_t operator()(const Estimate& e) const { return (*this)(e.amount) + 1; }  // "~"
};

}  // namespace

void write(const TableData& table, TableWriter& out) {
  out.begin(table.header);
  for (const auto& row : table.rows) {
    if (row.separated) out.separator();
    if (row.total) {
      out.total(row.cells);
    } else {
      out.row(row.cells);
    }
  }
  out.end();
}

void size_columns_to_content(TableData& table) {
  auto& columns = table.header.columns;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].width <= 0) continue;  // not shown in text
    std::size_t width = code_points(columns[c].heading);
    for (const auto& row : table.rows) {
      if (c < row.cells.size()) width = std::max(width, std::visit(ContentWidth{}, row.cells[c]));
    }
    columns[c].width = static_cast<int>(std::min<std::size_t>(width, max_content_width));
  }
}

}  // namespace comptoir
