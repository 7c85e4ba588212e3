// Fixed-width text tables for the terminal (80 columns in mind).
#include "text_table_writer.hpp"

#include <algorithm>

namespace comptoir {
namespace {

// Display width = number of UTF-8 code points (our labels hold no wide glyphs).
std::size_t display_width(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string fit(const std::string& s, std::size_t width, Align align) {
  std::size_t w = display_width(s);
  if (w > width) {
    // Cut on a code point boundary and mark the cut.
    std::string out;
    std::size_t seen = 0;
    for (char c : s) {
      bool starts = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      if (starts && seen == width - 1) break;
      if (starts) ++seen;
      out += c;
    }
    return out + "…";
  }
  std::string pad(width - w, ' ');
  return align == Align::Left ? s + pad : pad + s;
}

}  // namespace

std::string TextTableWriter::format(const Cell& cell) const {
  if (const auto* s = std::get_if<std::string>(&cell)) return *s;
  if (const auto* m = std::get_if<Money>(&cell)) return language_ == Language::French ? m->to_french() : m->to_string();
  return std::to_string(std::get<std::int64_t>(cell));
}

void TextTableWriter::line(const std::vector<Cell>& cells) {
  std::string out;
  bool first = true;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    const Column& c = columns_[i];
    if (c.width <= 0) continue;  // a machine-only column (CSV/JSON)
    std::string text = i < cells.size() ? format(cells[i]) : std::string();
    if (!first) out += ' ';
    first = false;
    out += fit(text, static_cast<std::size_t>(c.width), c.align);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out_ << out << '\n';
}

void TextTableWriter::rule() {
  std::size_t width = 0;
  for (const auto& c : columns_) {
    if (c.width > 0) width += static_cast<std::size_t>(c.width) + 1;
  }
  out_ << std::string(width > 0 ? width - 1 : 0, '-') << '\n';
}

void TextTableWriter::begin(const TableHeader& header) {
  columns_ = header.columns;
  if (!header.title.empty()) out_ << header.title << "\n\n";
  std::vector<Cell> headings;
  for (const auto& c : columns_) headings.emplace_back(c.heading);
  line(headings);
  rule();
}

void TextTableWriter::row(const std::vector<Cell>& cells) { line(cells); }

void TextTableWriter::total(const std::vector<Cell>& cells) {
  rule();
  line(cells);
}

void TextTableWriter::end() { out_ << '\n'; }

}  // namespace comptoir
