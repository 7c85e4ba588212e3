// Reads a FEC file line by line in large chunks, without holding the whole
// file: strips the UTF-8 BOM and the CR of CRLF (or splits on CR alone for
// old Mac files), and hands out UTF-8 text. The encoding is decided on the
// first line with a non-ASCII byte: valid UTF-8 means UTF-8, otherwise the
// file is read as ISO 8859-15 and transcoded.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

namespace comptoir {

class FecLineSource {
 public:
  FecLineSource(std::istream& in, std::string source);

  // The next line (without its end), valid until the next call; false at
  // the end. Throws Error(InvalidInput) on a read error or on invalid UTF-8
  // in a file already read as UTF-8.
  bool next(std::string_view& line);
  // 1-based number of the line last returned.
  [[nodiscard]] std::uint32_t line_number() const { return line_number_; }
  [[nodiscard]] bool is_latin9() const { return encoding_ == Encoding::Latin9; }

 private:
  enum class Encoding { Unknown, Utf8, Latin9 };

  bool fill();
  std::string_view decode(std::string_view raw);

  std::istream& in_;
  std::string source_;
  std::string buffer_;
  std::size_t begin_ = 0;  // first unread byte
  std::size_t end_ = 0;    // end of the bytes read
  bool eof_ = false;
  char terminator_ = '\n';
  bool terminator_known_ = false;
  std::uint32_t line_number_ = 0;
  Encoding encoding_ = Encoding::Unknown;
  std::string decoded_;
};

// True if `text` is well-formed UTF-8 (no overlong forms or surrogates).
[[nodiscard]] bool is_valid_utf8(std::string_view text);
// Appends `text`, read as ISO 8859-15 (Latin-9), to `out` in UTF-8.
void append_latin9_as_utf8(std::string_view text, std::string& out);

}  // namespace comptoir
