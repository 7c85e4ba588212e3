// Reads CSV files (RFC 4180 quoting, any delimiter) through libcsv, keeping
// the physical line number of each record for error messages.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace comptoir {

struct CsvRecord {
  long line = 0;  // physical line where the record starts (1-based)
  std::vector<std::string> fields;
};

// Calls `visit` for every non-empty record, header included. A UTF-8 BOM
// is skipped; lines end in LF, CRLF or, in a file without LF, CR alone.
// Throws Error(InvalidInput) "<source>:<line>: ..." on malformed quoting, a
// line longer than `csv_max_line_bytes`, a NUL byte and text that is not
// UTF-8; exceptions thrown by `visit` propagate.
inline constexpr std::size_t csv_max_line_bytes = 1 << 20;

void read_csv(std::istream& in, const std::string& source, char delimiter,
              const std::function<void(const CsvRecord&)>& visit);

// The delimiter of a CSV file from its first line: ';' when it has one and
// no ',' (a spreadsheet's French export), ',' otherwise.
[[nodiscard]] char csv_delimiter_of(std::string_view content);

// Maps header names to column indexes; names compared case-insensitively.
class CsvHeader {
 public:
  CsvHeader(const CsvRecord& header, std::string source);
  // Index of a column; throws Error(InvalidInput) naming the file and the
  // missing column when `required`, returns -1 otherwise.
  [[nodiscard]] int index(const std::string& name, bool required) const;
  // The field of `record` in column `index` ("" if index < 0 or missing);
  // throws if the record has more fields than the header.
  [[nodiscard]] const std::string& field(const CsvRecord& record, int index) const;
  [[nodiscard]] std::size_t size() const { return names_.size(); }
  // Throws Error(InvalidInput) "<source>:1: unknown column 'x' (expected
  // one of: ...)" for a column not in `known` (compared case-insensitively).
  void check_known(const std::vector<std::string>& known) const;

 private:
  std::vector<std::string> names_;
  std::string source_;
};

}  // namespace comptoir
