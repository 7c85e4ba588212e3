// Text helpers of the bank readers: encodings, dates, amounts, references.
#include "bank_text.hpp"

#include <array>
#include <map>
#include <tuple>

#include "core/error.hpp"
#include "core/sha256.hpp"

namespace comptoir::bank_text {
namespace {

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t extra = 0;
    if (c < 0x80)
      extra = 0;
    else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
      extra = 1;
    else if ((c & 0xF0) == 0xE0)
      extra = 2;
    else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
      extra = 3;
    else
      return false;
    if (extra > 0 && i + extra >= s.size()) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

// Windows-1252's 0x80..0x9F (unassigned ones as U+FFFD).
constexpr std::array<char32_t, 32> cp1252_high{0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                               0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                               0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                               0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace

std::string as_utf8(std::string_view text) {
  if (valid_utf8(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    append_utf8(out, c >= 0x80 && c < 0xA0 ? cp1252_high[c - 0x80] : static_cast<char32_t>(c));
  }
  return out;
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::string squeeze(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

void derive_missing_references(std::vector<BankLine>& lines) {
  std::map<std::tuple<std::int32_t, std::int64_t, std::string>, int> seen;
  for (auto& line : lines) {
    if (!line.reference.empty()) continue;
    const int n = ++seen[{line.booking_date.days(), line.amount.cents(), line.label}];
    const std::string key =
        line.booking_date.iso() + '|' + line.amount.to_string() + '|' + line.label + '|' + std::to_string(n);
    line.reference = "H" + sha256_hex(key).substr(0, 16);
  }
}

Date parse_date(std::string_view text, const std::string& where) {
  try {
    return Date::parse(trim(text));
  } catch (const Error& e) {
    throw Error(ErrorKind::InvalidInput, where + ": '" + trim(text) + "': " + e.what());
  }
}

Money parse_amount(std::string_view text, const std::string& where) {
  // Banks write a no-break space (U+00A0) or a narrow one (U+202F) between
  // thousands: Money reads plain spaces.
  std::string plain(trim(text));
  for (const std::string_view nbsp : {std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF")}) {
    for (auto at = plain.find(nbsp); at != std::string::npos; at = plain.find(nbsp, at))
      plain.replace(at, nbsp.size(), " ");
  }
  try {
    return Money::parse(plain);
  } catch (const Error& e) {
    throw Error(ErrorKind::InvalidInput, where + ": " + e.what());
  }
}

}  // namespace comptoir::bank_text
