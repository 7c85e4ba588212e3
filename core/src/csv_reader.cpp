// See csv_reader.hpp. libcsv is fed one physical line at a time so that a
// record's line number is known even with quoted multi-line fields.
#include "core/csv_reader.hpp"

#include <csv.h>

#include <algorithm>
#include <cctype>

#include "core/error.hpp"

namespace comptoir {
namespace {

struct ParseState {
  long line = 0;
  long record_line = 0;
  bool awaiting_start = true;  // the next non-blank line starts a record
  CsvRecord record;
  const std::function<void(const CsvRecord&)>* visit = nullptr;
};

void on_field(void* data, std::size_t length, void* state_ptr) {
  auto* state = static_cast<ParseState*>(state_ptr);
  state->record.fields.emplace_back(static_cast<const char*>(data), length);
}

void on_record(int /*terminator*/, void* state_ptr) {
  auto* state = static_cast<ParseState*>(state_ptr);
  state->record.line = state->record_line;
  bool blank = state->record.fields.size() == 1 && state->record.fields[0].empty();
  if (!blank) (*state->visit)(state->record);
  state->record.fields.clear();
  state->awaiting_start = true;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

void read_csv(std::istream& in, const std::string& source, char delimiter,
              const std::function<void(const CsvRecord&)>& visit) {
  csv_parser parser{};
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    throw Error(ErrorKind::Internal, "libcsv init failed");
  csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
  ParseState state;
  state.visit = &visit;
  struct Guard {
    csv_parser* p;
    ~Guard() { csv_free(p); }
  } guard{&parser};
  std::string line;
  while (std::getline(in, line)) {
    ++state.line;
    if (state.line == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (state.awaiting_start && line.find_first_not_of(" \t\r") != std::string::npos) {
      state.record_line = state.line;
      state.awaiting_start = false;
    }
    line += '\n';
    if (csv_parse(&parser, line.data(), line.size(), on_field, on_record, &state) != line.size()) {
      throw Error(ErrorKind::InvalidInput, source + ":" + std::to_string(state.line) + ": malformed CSV (" +
                                               csv_strerror(csv_error(&parser)) + ")");
    }
  }
  if (csv_fini(&parser, on_field, on_record, &state) != 0) {
    throw Error(ErrorKind::InvalidInput,
                source + ":" + std::to_string(state.record_line) + ": malformed CSV (unterminated quoted field)");
  }
}

CsvHeader::CsvHeader(const CsvRecord& header, std::string source) : source_(std::move(source)) {
  for (const auto& f : header.fields) {
    std::string name = f;
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back())) != 0) name.pop_back();
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front())) != 0) name.erase(0, 1);
    names_.push_back(lower(name));
  }
}

int CsvHeader::index(const std::string& name, bool required) const {
  auto it = std::find(names_.begin(), names_.end(), lower(name));
  if (it != names_.end()) return static_cast<int>(it - names_.begin());
  if (required) {
    throw Error(ErrorKind::InvalidInput, source_ + ":1: missing column '" + name + "' in the header");
  }
  return -1;
}

const std::string& CsvHeader::field(const CsvRecord& record, int index) const {
  static const std::string empty;
  if (record.fields.size() > names_.size()) {
    throw Error(ErrorKind::InvalidInput, source_ + ":" + std::to_string(record.line) + ": " +
                                             std::to_string(record.fields.size()) + " fields where the header has " +
                                             std::to_string(names_.size()));
  }
  if (index < 0 || static_cast<std::size_t>(index) >= record.fields.size()) return empty;
  return record.fields[static_cast<std::size_t>(index)];
}

char csv_delimiter_of(std::string_view content) {
  const std::string_view first = content.substr(0, content.find('\n'));
  return first.find(';') != std::string_view::npos && first.find(',') == std::string_view::npos ? ';' : ',';
}

}  // namespace comptoir
