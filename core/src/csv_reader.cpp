// See csv_reader.hpp. libcsv is fed one physical line at a time so that a
// record's line number is known even with quoted multi-line fields.
#include "core/csv_reader.hpp"

#include <csv.h>

#include <algorithm>
#include <cctype>
#include <sstream>

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

// The offset of the first byte that does not start or continue a UTF-8
// sequence (overlongs and surrogates included), npos when valid.
std::size_t invalid_utf8_at(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = 0;
    unsigned min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + n >= s.size()) return i;
    unsigned cp = c & (0x3F >> n);
    for (std::size_t k = 1; k <= n; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (d & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += n + 1;
  }
  return std::string_view::npos;
}

// Refuses what is not a line of text: too long, a NUL byte, not UTF-8.
void check_line(const std::string& line, const std::string& source, long number) {
  const std::string where = source + ":" + std::to_string(number) + ": ";
  if (line.size() > csv_max_line_bytes) {
    throw Error(ErrorKind::InvalidInput, where + "the line is " + std::to_string(line.size()) +
                                             " bytes long, over the limit of " + std::to_string(csv_max_line_bytes) +
                                             " (1 MiB)");
  }
  if (const auto nul = line.find('\0'); nul != std::string::npos) {
    throw Error(ErrorKind::InvalidInput, where + "a NUL byte at column " + std::to_string(nul + 1) +
                                             ": not a text file (or UTF-16: save it as UTF-8)");
  }
  if (const auto bad = invalid_utf8_at(line); bad != std::string_view::npos) {
    throw Error(ErrorKind::InvalidInput,
                where + "invalid UTF-8 at column " + std::to_string(bad + 1) + ": save the file as UTF-8");
  }
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
  auto parse_line = [&](std::string& line) {
    ++state.line;
    if (state.line == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    check_line(line, source, state.line);
    if (state.awaiting_start && line.find_first_not_of(" \t\r") != std::string::npos) {
      state.record_line = state.line;
      state.awaiting_start = false;
    }
    line += '\n';
    if (csv_parse(&parser, line.data(), line.size(), on_field, on_record, &state) != line.size()) {
      throw Error(ErrorKind::InvalidInput, source + ":" + std::to_string(state.line) + ": malformed CSV (" +
                                               csv_strerror(csv_error(&parser)) + ")");
    }
  };
  std::string line;
  while (std::getline(in, line)) {
    const auto cr = line.find('\r');
    if (state.line == 0 && in.eof() && cr != std::string::npos && cr + 1 < line.size()) {
      // No LF in the whole file but CRs inside: an old Mac file, one line per CR.
      std::istringstream lines(line);
      std::string part;
      while (std::getline(lines, part, '\r')) parse_line(part);
      break;
    }
    parse_line(line);
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

void CsvHeader::check_known(const std::vector<std::string>& known) const {
  for (const auto& name : names_) {
    if (name.empty() || std::any_of(known.begin(), known.end(), [&](const auto& k) { return lower(k) == name; })) {
      continue;
    }
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
    throw Error(ErrorKind::InvalidInput, source_ + ":1: unknown column '" + name + "' (expected one of: " + list + ")");
  }
}

char csv_delimiter_of(std::string_view content) {
  const std::string_view first = content.substr(0, content.find('\n'));
  return first.find(';') != std::string_view::npos && first.find(',') == std::string_view::npos ? ';' : ',';
}

}  // namespace comptoir
