// Plain fixed-width text of a generic plan table (golden files, fallback).
#include "forecast/plan_table.hpp"

#include <algorithm>

namespace comptoir::forecast {
namespace {

// Display width in code points (labels hold accented letters, no wide glyphs).
std::size_t width_of(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string text_of(const PlanCell& cell) {
  if (const auto* m = std::get_if<Money>(&cell)) return m->to_string();
  return std::get<std::string>(cell);
}

std::string pad(const std::string& s, std::size_t width, bool right) {
  std::string fill(width > width_of(s) ? width - width_of(s) : 0, ' ');
  return right ? fill + s : s + fill;
}

}  // namespace

std::string render_plan_table_text(const PlanTable& table) {
  const std::size_t n = table.columns.size();
  std::vector<std::size_t> widths(n, 0);
  for (std::size_t c = 0; c < n; ++c) widths[c] = width_of(table.columns[c].heading);
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < n && c < row.cells.size(); ++c) widths[c] = std::max(widths[c], width_of(text_of(row.cells[c])));
  }
  std::size_t total = 0;
  for (auto w : widths) total += w + 2;
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t c = 0; c < n; ++c) {
      if (c > 0) out += "  ";
      out += pad(c < cells.size() ? cells[c] : std::string(), widths[c], table.columns[c].numeric);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
  };
  std::string out = table.title + "\n";
  std::vector<std::string> headings;
  for (const auto& c : table.columns) headings.push_back(c.heading);
  out += line(headings);
  const std::string rule(total > 2 ? total - 2 : 0, '-');
  out += rule + "\n";
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (const auto& cell : row.cells) cells.push_back(text_of(cell));
    if (row.emphasis) out += rule + "\n";
    out += line(cells);
  }
  return out;
}

}  // namespace comptoir::forecast
