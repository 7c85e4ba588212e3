// Chunked line reading, line ends, BOM and encoding for the FEC reader.
#include <cstdint>
#include <cstring>

#include "core/error.hpp"
#include "fec/fec_text.hpp"

namespace comptoir {
namespace {

// Reads are small enough that the bytes just read are still in the CPU
// cache when the lines are scanned (1 MiB reads cost a cache miss per line).
constexpr std::size_t chunk_size = std::size_t{1} << 16;
// The line end is decided on this much of the file's head (or all of it).
constexpr std::size_t terminator_probe_size = std::size_t{1} << 19;

constexpr std::uint64_t high_bits = 0x8080808080808080u;

std::uint64_t load8(const void* p) {
  std::uint64_t word = 0;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// Length of the leading ASCII run of `text`. Most FEC lines are pure ASCII,
// so this tests eight bytes at a time.
std::size_t ascii_prefix_length(std::string_view text) {
  std::size_t i = 0;
  while (i + 8 <= text.size() && (load8(text.data() + i) & high_bits) == 0) i += 8;
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

// Latin-9 differs from Latin-1 in eight positions.
unsigned latin9_code_point(unsigned char byte) {
  switch (byte) {
    case 0xA4:
      return 0x20AC;  // €
    case 0xA6:
      return 0x0160;  // Š
    case 0xA8:
      return 0x0161;  // š
    case 0xB4:
      return 0x017D;  // Ž
    case 0xB8:
      return 0x017E;  // ž
    case 0xBC:
      return 0x0152;  // Œ
    case 0xBD:
      return 0x0153;  // œ
    case 0xBE:
      return 0x0178;  // Ÿ
    default:
      return byte;
  }
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    if (end - p >= 8 && (load8(p) & high_bits) == 0) {  // eight ASCII bytes
      p += 8;
      continue;
    }
    const unsigned char c = *p;
    std::size_t length = 0;
    unsigned min = 0;
    unsigned cp = 0;
    if (c < 0x80) {
      ++p;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
      min = 0x80;
      cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      min = 0x800;
      cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      min = 0x10000;
      cp = c & 0x07u;
    } else
      return false;
    if (static_cast<std::size_t>(end - p) < length) return false;
    for (std::size_t i = 1; i < length; ++i) {
      if ((p[i] & 0xC0u) != 0x80u) return false;
      cp = (cp << 6) | (p[i] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    p += length;
  }
  return true;
}

void append_latin9_as_utf8(std::string_view text, std::string& out) {
  for (char ch : text) {
    const unsigned cp = latin9_code_point(static_cast<unsigned char>(ch));
    if (cp < 0x80) {
      out += ch;
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
}

void FecLineSource::too_long(std::int64_t line, std::size_t bytes) const {
  throw Error(ErrorKind::InvalidInput, source_ + ":" + std::to_string(line) + ": the line is over " +
                                           std::to_string(bytes) + " bytes long, over the limit of " +
                                           std::to_string(max_line_bytes) + " (1 MiB)");
}

FecLineSource::FecLineSource(std::istream& in, std::string source) : in_(in), source_(std::move(source)) {}

bool FecLineSource::fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buffer_.size() < end_ + chunk_size) buffer_.resize(end_ + chunk_size);
  in_.read(buffer_.data() + end_, static_cast<std::streamsize>(chunk_size));
  const auto got = static_cast<std::size_t>(in_.gcount());
  if (in_.bad()) throw Error(ErrorKind::InvalidInput, source_ + ": cannot read the file");
  if (got < chunk_size) eof_ = true;
  end_ += got;
  return got > 0;
}

std::string_view FecLineSource::decode(std::string_view raw) {
  if (line_number_ == 1 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
  const std::size_t ascii = ascii_prefix_length(raw);
  if (ascii == raw.size()) return raw;
  // Only the bytes from the first non-ASCII one need checking, and once.
  const std::string_view rest = raw.substr(ascii);
  if (encoding_ != Encoding::Latin9) {
    const bool valid = is_valid_utf8(rest);
    if (encoding_ == Encoding::Unknown) encoding_ = valid ? Encoding::Utf8 : Encoding::Latin9;
    if (encoding_ == Encoding::Utf8) {
      if (!valid) {
        throw Error(ErrorKind::InvalidInput, source_ + ":" + std::to_string(line_number_) +
                                                 ": invalid UTF-8 text in a file read as UTF-8 so far");
      }
      return raw;
    }
  }
  decoded_.assign(raw.substr(0, ascii));
  append_latin9_as_utf8(rest, decoded_);
  return decoded_;
}

bool FecLineSource::next(std::string_view& line) {
  for (;;) {
    const char* start = buffer_.data() + begin_;
    if (!terminator_known_ && (eof_ || end_ - begin_ >= terminator_probe_size)) {
      const std::string_view head(start, end_ - begin_);
      terminator_ =
          (head.find('\n') == std::string_view::npos && head.find('\r') != std::string_view::npos) ? '\r' : '\n';
      terminator_known_ = true;
    }
    const void* found = terminator_known_ ? std::memchr(start, terminator_, end_ - begin_) : nullptr;
    if (found == nullptr && !eof_) {
      if (end_ - begin_ > max_line_bytes) too_long(line_number_ + 1, end_ - begin_);  // before reading it all
      fill();
      continue;
    }
    if (found == nullptr && begin_ == end_) return false;
    const char* stop = found != nullptr ? static_cast<const char*>(found) : buffer_.data() + end_;
    std::string_view raw(start, static_cast<std::size_t>(stop - start));
    begin_ = static_cast<std::size_t>(stop - buffer_.data()) + (found != nullptr ? 1 : 0);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    ++line_number_;
    if (raw.size() > max_line_bytes) too_long(line_number_, raw.size());
    if (const auto nul = raw.find('\0'); nul != std::string_view::npos) {
      throw Error(ErrorKind::InvalidInput, source_ + ":" + std::to_string(line_number_) + ": a NUL byte at column " +
                                               std::to_string(nul + 1) +
                                               ": not a text file (or UTF-16: save it as UTF-8 or ISO 8859-15)");
    }
    line = decode(raw);
    return true;
  }
}

}  // namespace comptoir
