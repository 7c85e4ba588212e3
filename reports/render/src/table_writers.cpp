// Chooses a table writer by output format; how people read a cell.
#include "render/table_writers.hpp"

#include <string>

#include "core/error.hpp"
#include "csv_json_table_writers.hpp"
#include "text_table_writer.hpp"

namespace comptoir {

std::unique_ptr<TableWriter> make_table_writer(OutputFormat format, std::ostream& out, const Labels& labels,
                                               int text_width) {
  switch (format) {
    case OutputFormat::Text:
      return std::make_unique<TextTableWriter>(out, labels, text_width);
    case OutputFormat::Csv:
      return std::make_unique<CsvTableWriter>(out);
    case OutputFormat::Json:
      return std::make_unique<JsonTableWriter>(out);
    case OutputFormat::Html:
    case OutputFormat::Xlsx:
    case OutputFormat::Pdf:
      break;
  }
  throw Error(ErrorKind::Internal, "a document format has no single-table writer: use a TableDocument");
}

std::string human_text(const Cell& cell, const Labels& labels) {
  struct Visitor {
    const Labels& labels;
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(Money m) const { return labels.amount(m); }
    std::string operator()(std::int64_t n) const { return std::to_string(n); }
    std::string operator()(const Date& d) const { return labels.date(d); }
    std::string operator()(bool b) const { return std::string(labels(b ? "common.yes" : "common.no")); }
    std::string operator()(const Code& c) const { return c.label; }
    std::string operator()(const Percent& p) const { return labels.decimal(p.decimal) + " %"; }
    std::string operator()(const Decimal& d) const { return labels.decimal(d.decimal); }
    std::string operator()(const Estimate& e) const { return "~" + labels.amount(e.amount); }
  };
  return std::visit(Visitor{labels}, cell);
}

bool numeric_cell(const Cell& cell) {
  return std::holds_alternative<Money>(cell) || std::holds_alternative<std::int64_t>(cell) ||
         std::holds_alternative<Percent>(cell) || std::holds_alternative<Decimal>(cell) ||
         std::holds_alternative<Estimate>(cell);
}

OutputFormat parse_output_format(std::string_view name) {
  if (name == "text") return OutputFormat::Text;
  if (name == "csv") return OutputFormat::Csv;
  if (name == "json") return OutputFormat::Json;
  if (name == "html") return OutputFormat::Html;
  if (name == "xlsx") return OutputFormat::Xlsx;
  if (name == "pdf") return OutputFormat::Pdf;
  throw Error(ErrorKind::InvalidInput,
              "unknown format '" + std::string(name) + "' (expected text, csv, json, html, xlsx or pdf)");
}

}  // namespace comptoir
