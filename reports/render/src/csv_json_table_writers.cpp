// See csv_json_table_writers.hpp.
#include "csv_json_table_writers.hpp"

#include <nlohmann/json.hpp>

namespace comptoir {
namespace {

struct MachineText {
  std::string operator()(std::monostate) const { return {}; }
  std::string operator()(const std::string& s) const { return s; }
  std::string operator()(Money m) const { return m.to_string(); }
  std::string operator()(std::int64_t n) const { return std::to_string(n); }
  std::string operator()(const Date& d) const { return d.iso(); }
  std::string operator()(bool b) const { return b ? "true" : "false"; }
  std::string operator()(const Code& c) const { return c.code; }
  std::string operator()(const Percent& p) const { return p.decimal; }
  std::string operator()(const Decimal& d) const { return d.decimal; }
  std::string operator()(const Estimate& e) const { return e.amount.to_string(); }
};

std::string csv_quote(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

nlohmann::ordered_json cell_json(const Cell& cell) {
  if (const auto* n = std::get_if<std::int64_t>(&cell)) return *n;
  if (const auto* b = std::get_if<bool>(&cell)) return *b;
  return machine_text(cell);
}

}  // namespace

std::string machine_text(const Cell& cell) {
  return std::visit(MachineText{}, cell);
}

void CsvTableWriter::begin(const TableHeader& header) {
  columns_ = header.columns.size();
  for (std::size_t i = 0; i < header.columns.size(); ++i) {
    out_ << (i > 0 ? "," : "") << csv_quote(header.columns[i].key);
  }
  out_ << '\n';
}

void CsvTableWriter::row(const std::vector<Cell>& cells) {
  for (std::size_t i = 0; i < columns_; ++i) {
    out_ << (i > 0 ? "," : "") << (i < cells.size() ? csv_quote(machine_text(cells[i])) : std::string());
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
    o[columns_[i].key] = i < cells.size() ? cell_json(cells[i]) : nlohmann::ordered_json();
  }
  out_ << o.dump();
}

void JsonTableWriter::row(const std::vector<Cell>& cells) {
  if (!first_row_) out_ << ",";
  out_ << "\n";
  first_row_ = false;
  object(cells);
}

void JsonTableWriter::total(const std::vector<Cell>& cells) {
  totals_.push_back(cells);
}

void JsonTableWriter::end() {
  out_ << "\n],\"totals\":[";
  for (std::size_t i = 0; i < totals_.size(); ++i) {
    if (i > 0) out_ << ",";
    object(totals_[i]);
  }
  out_ << "]}\n";
}

}  // namespace comptoir
