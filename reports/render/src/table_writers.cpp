// Chooses a table writer by output format.
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
  }
  throw Error(ErrorKind::Internal, "unknown output format");
}

OutputFormat parse_output_format(std::string_view name) {
  if (name == "text") return OutputFormat::Text;
  if (name == "csv") return OutputFormat::Csv;
  if (name == "json") return OutputFormat::Json;
  throw Error(ErrorKind::InvalidInput, "unknown format '" + std::string(name) + "' (expected text, csv or json)");
}

}  // namespace comptoir
