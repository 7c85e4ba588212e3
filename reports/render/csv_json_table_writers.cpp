// See csv_json_table_writers.hpp.
#include "csv_json_table_writers.hpp"

#include <nlohmann/json.hpp>

namespace comptoir {
namespace {

std::string cell_text(const Cell& cell) {
  if (const auto* s = std::get_if<std::string>(&cell)) return *s;
  if (const auto* m = std::get_if<Money>(&cell)) return m->to_string();
  return std::to_string(std::get<std::int64_t>(cell));
}

std::string csv_quote(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

nlohmann::json cell_json(const Cell& cell) {
  if (const auto* n = std::get_if<std::int64_t>(&cell)) return *n;
  return cell_text(cell);
}

}  // namespace

void CsvTableWriter::begin(const TableHeader& header) {
  columns_ = header.columns.size();
  for (std::size_t i = 0; i < header.columns.size(); ++i) {
    out_ << (i > 0 ? "," : "") << csv_quote(header.columns[i].key);
  }
  out_ << '\n';
}

void CsvTableWriter::row(const std::vector<Cell>& cells) {
  for (std::size_t i = 0; i < columns_; ++i) {
    out_ << (i > 0 ? "," : "") << (i < cells.size() ? csv_quote(cell_text(cells[i])) : std::string());
  }
  out_ << '\n';
}

void JsonTableWriter::begin(const TableHeader& header) {
  columns_ = header.columns;
  out_ << "{\"title\":" << nlohmann::json(header.title).dump() << ",\"rows\":[";
}

void JsonTableWriter::object(const std::vector<Cell>& cells) {
  nlohmann::ordered_json o = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    o[columns_[i].key] = i < cells.size() ? nlohmann::ordered_json(cell_json(cells[i])) : nlohmann::ordered_json();
  }
  out_ << o.dump();
}

void JsonTableWriter::row(const std::vector<Cell>& cells) {
  if (!first_row_) out_ << ",";
  out_ << "\n";
  first_row_ = false;
  object(cells);
}

void JsonTableWriter::total(const std::vector<Cell>& cells) { totals_.push_back(cells); }

void JsonTableWriter::end() {
  out_ << "\n],\"totals\":[";
  for (std::size_t i = 0; i < totals_.size(); ++i) {
    if (i > 0) out_ << ",";
    object(totals_[i]);
  }
  out_ << "]}\n";
}

}  // namespace comptoir
