// Amount, date and direction fields of a FEC line.
#include <limits>

#include "core/date.hpp"
#include "core/error.hpp"
#include "fec/fec_format.hpp"

namespace comptoir {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Takes a leading or trailing sign off `s`; false if there are two.
bool take_sign(std::string_view& s, bool& negative) {
  int signs = 0;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s = trim(s.substr(1));
    ++signs;
  }
  if (!s.empty() && (s.back() == '-' || s.back() == '+')) {
    negative = s.back() == '-';
    s = trim(s.substr(0, s.size() - 1));
    ++signs;
  }
  return signs <= 1;
}

int two_digits(std::string_view s, std::size_t at) {
  return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

}  // namespace

const char* parse_fec_amount(std::string_view text, std::int64_t& cents) {
  std::string_view s = trim(text);
  if (s.empty()) return "empty amount";
  bool negative = false;
  if (!take_sign(s, negative)) return "two signs in an amount";
  constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max() / 100 - 1;
  std::int64_t whole = 0;
  std::int64_t fraction = 0;
  int decimals = 0;
  bool digits = false;
  bool in_fraction = false;
  for (char c : s) {
    if (is_digit(c)) {
      digits = true;
      if (!in_fraction) {
        if (whole > limit / 10) return "amount too large";
        whole = whole * 10 + (c - '0');
      } else if (decimals < 2) {
        fraction = fraction * 10 + (c - '0');
        ++decimals;
      } else if (c != '0') {
        return "more than two decimals";
      }
    } else if ((c == ',' || c == '.') && !in_fraction) {
      in_fraction = true;
    } else if (c == ' ') {
      return "a space inside an amount (no thousands separator allowed)";
    } else {
      return "not a number";
    }
  }
  if (!digits) return "not a number";
  if (decimals == 1) fraction *= 10;
  cents = whole * 100 + fraction;
  if (negative) cents = -cents;
  return nullptr;
}

const char* parse_fec_date(std::string_view text, std::int32_t& days) {
  std::string_view s = trim(text);
  int year = 0;
  int month = 0;
  int day = 0;
  auto all_digits = [&](std::initializer_list<std::size_t> at) {
    for (std::size_t i : at)
      if (!is_digit(s[i])) return false;
    return true;
  };
  if (s.size() == 8 && all_digits({0, 1, 2, 3, 4, 5, 6, 7})) {
    year = two_digits(s, 0) * 100 + two_digits(s, 2);
    month = two_digits(s, 4);
    day = two_digits(s, 6);
  } else if (s.size() == 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4] &&
             all_digits({0, 1, 2, 3, 5, 6, 8, 9})) {
    year = two_digits(s, 0) * 100 + two_digits(s, 2);
    month = two_digits(s, 5);
    day = two_digits(s, 8);
  } else if (s.size() == 10 && s[2] == '/' && s[5] == '/' && all_digits({0, 1, 3, 4, 6, 7, 8, 9})) {
    day = two_digits(s, 0);
    month = two_digits(s, 3);
    year = two_digits(s, 6) * 100 + two_digits(s, 8);
  } else {
    return s.empty() ? "empty date" : "not a date (expected AAAAMMJJ)";
  }
  try {
    days = Date::from_ymd(year, static_cast<unsigned>(month), static_cast<unsigned>(day)).days();
  } catch (const Error&) {
    return "not a calendar date";
  }
  return nullptr;
}

int parse_fec_direction(std::string_view text) {
  const std::string_view s = trim(text);
  if (s == "D" || s == "d" || s == "+1") return 1;
  if (s == "C" || s == "c" || s == "-1") return -1;
  return 0;
}

}  // namespace comptoir
