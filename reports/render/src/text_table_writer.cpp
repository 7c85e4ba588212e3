// Fixed-width text tables for the terminal (80 columns unless told
// otherwise). Text cells may be cut with "…" to fit their column; numbers,
// amounts and dates never are: they widen the line rather than lie.
#include "text_table_writer.hpp"

#include <algorithm>

#include "render/table_writers.hpp"

namespace comptoir {
namespace {

// Display width = number of UTF-8 code points (our labels hold no wide glyphs).
std::size_t display_width(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Cuts on a code point boundary and marks the cut.
std::string cut(const std::string& s, std::size_t width) {
  std::string out;
  std::size_t seen = 0;
  for (char c : s) {
    const bool starts = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (starts && seen == width - 1) break;
    if (starts) ++seen;
    out += c;
  }
  return out + "…";
}

std::string fit(const std::string& s, std::size_t width, Align align, bool may_cut) {
  const std::size_t w = display_width(s);
  if (w > width) return may_cut && width > 0 ? cut(s, width) : s;
  const std::string pad(width - w, ' ');
  return align == Align::Left ? s + pad : pad + s;
}

bool may_cut(const Cell& cell) {
  return std::holds_alternative<std::string>(cell) || std::holds_alternative<Code>(cell);
}

int visible_width(const std::vector<Column>& columns) {
  int width = -1;
  for (const auto& c : columns) {
    if (c.width > 0) width += c.width + 1;
  }
  return std::max(width, 0);
}

}  // namespace

void fit_columns(std::vector<Column>& columns, int width) {
  int excess = visible_width(columns) - width;
  while (excess > 0) {
    Column* widest = nullptr;
    for (auto& c : columns) {
      if (c.width > 0 && c.min_width > 0 && c.width > c.min_width && (widest == nullptr || c.width > widest->width)) {
        widest = &c;
      }
    }
    if (widest == nullptr) return;
    --widest->width;
    --excess;
  }
}

void TextTableWriter::line(const std::vector<Cell>& cells) {
  std::string out;
  bool first = true;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    const Column& c = columns_[i];
    if (c.width <= 0) continue;  // a machine-only column (CSV/JSON)
    const Cell empty;
    const Cell& cell = i < cells.size() ? cells[i] : empty;
    if (!first) out += ' ';
    first = false;
    out += fit(human_text(cell, labels_), static_cast<std::size_t>(c.width), c.align, may_cut(cell));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out_ << out << '\n';
}

void TextTableWriter::rule() {
  out_ << std::string(static_cast<std::size_t>(visible_width(columns_)), '-') << '\n';
}

void TextTableWriter::begin(const TableHeader& header) {
  columns_ = header.columns;
  fit_columns(columns_, width_);
  if (!header.title.empty()) out_ << header.title << "\n\n";
  std::vector<Cell> headings;
  for (const auto& c : columns_) headings.emplace_back(c.heading);
  line(headings);
  rule();
}

void TextTableWriter::row(const std::vector<Cell>& cells) {
  line(cells);
}

void TextTableWriter::total(const std::vector<Cell>& cells) {
  rule();
  line(cells);
}

void TextTableWriter::end() {
  out_ << '\n';
}

}  // namespace comptoir
