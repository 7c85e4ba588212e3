// The text layer under the FEC reader: lines read in large chunks, the
// encoding detected and transcoded to UTF-8, and a fast equality for the
// short strings compared on every line, where most of the reading time of
// a file of millions of lines goes.
#pragma once

#include <cstdint>
#include <cstring>
#include <istream>
#include <string>
#include <string_view>

namespace comptoir {

// Reads a FEC file line by line in large chunks, without holding the whole
// file: strips the UTF-8 BOM and the CR of CRLF (or splits on CR alone for
// old Mac files), and hands out UTF-8 text. The encoding is decided on the
// first line with a non-ASCII byte: valid UTF-8 means UTF-8, otherwise the
// file is read as ISO 8859-15 and transcoded.
class FecLineSource {
 public:
  FecLineSource(std::istream& in, std::string source);

  // The next line (without its end), valid until the next call; false at
  // the end. Throws Error(InvalidInput) on a read error, a line longer than
  // `max_line_bytes` (before reading more of it), a NUL byte, or invalid
  // UTF-8 in a file already read as UTF-8.
  bool next(std::string_view& line);
  static constexpr std::size_t max_line_bytes = 1 << 20;
  // 1-based number of the line last returned.
  [[nodiscard]] std::uint32_t line_number() const { return line_number_; }
  [[nodiscard]] bool is_latin9() const { return encoding_ == Encoding::Latin9; }

 private:
  enum class Encoding { Unknown, Utf8, Latin9 };

  bool fill();
  [[noreturn]] void too_long(std::int64_t line, std::size_t bytes) const;
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

// Equality of the short strings the FEC reader compares on every line
// (codes, account numbers, dates, labels): word loads inline, where a
// memcmp call per comparison was a visible cost.
[[nodiscard]] inline bool fec_text_equal(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  auto same = [&](std::size_t at, std::size_t width) {
    std::uint64_t x = 0;
    std::uint64_t y = 0;
    std::memcpy(&x, p + at, width);
    std::memcpy(&y, q + at, width);
    return x == y;
  };
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) {
      if (!same(i, 8)) return false;
    }
    return same(n - 8, 8);  // the last word, overlapping the previous one
  }
  if (n >= 4) return same(0, 4) && same(n - 4, 4);
  for (std::size_t i = 0; i < n; ++i) {
    if (p[i] != q[i]) return false;
  }
  return true;
}

}  // namespace comptoir
