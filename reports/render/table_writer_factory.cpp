// Chooses a table renderer by output format.
#include "csv_json_table_writers.hpp"
#include "core/error.hpp"
#include "text_table_writer.hpp"

namespace comptoir {

std::unique_ptr<TableWriter> make_table_writer(OutputFormat format, std::ostream& out, Language language) {
  switch (format) {
    case OutputFormat::Text: return std::make_unique<TextTableWriter>(out, language);
    case OutputFormat::Csv: return std::make_unique<CsvTableWriter>(out);
    case OutputFormat::Json: return std::make_unique<JsonTableWriter>(out);
  }
  throw Error(ErrorKind::Internal, "unknown output format");
}

OutputFormat parse_output_format(const std::string& name) {
  if (name == "text") return OutputFormat::Text;
  if (name == "csv") return OutputFormat::Csv;
  if (name == "json") return OutputFormat::Json;
  throw Error(ErrorKind::InvalidInput, "unknown format '" + name + "' (expected text, csv or json)");
}

Language parse_language(const std::string& name) {
  if (name == "fr") return Language::French;
  if (name == "en") return Language::English;
  throw Error(ErrorKind::InvalidInput, "unknown locale '" + name + "' (expected fr or en)");
}

}  // namespace comptoir
