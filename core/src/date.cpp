// Civil-calendar arithmetic (Howard Hinnant's days_from_civil algorithms).
#include "core/date.hpp"

#include <cctype>
#include <cstdio>

#include "core/error.hpp"

namespace comptoir {
namespace {

constexpr bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr unsigned days_in_month(int y, unsigned m) {
  constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

constexpr std::int32_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int32_t>(doe) - 719468;
}

struct Civil {
  int y;
  unsigned m;
  unsigned d;
};

constexpr Civil civil_from_days(std::int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2 ? 1 : 0), m, d};
}

int digits(std::string_view s, std::size_t pos, std::size_t n, std::string_view whole) {
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (std::isdigit(static_cast<unsigned char>(s[i])) == 0) {
      throw Error(ErrorKind::InvalidInput,
                  "not a date: '" + std::string(whole) + "' (expected YYYY-MM-DD or DD/MM/YYYY)");
    }
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// Writes `value` as exactly `width` decimal digits (dates are 1900..2999,
// so never wider); snprintf was a visible cost of bulk imports.
void put_digits(char* out, int value, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
}

}  // namespace

Date Date::from_ymd(int year, unsigned month, unsigned day) {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year, month, day);
    throw Error(ErrorKind::InvalidInput, std::string("not a calendar date: ") + buf);
  }
  return Date(days_from_civil(year, month, day));
}

Date Date::parse(std::string_view text) {
  std::string_view s = text;
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    return from_ymd(digits(s, 0, 4, text), static_cast<unsigned>(digits(s, 5, 2, text)),
                    static_cast<unsigned>(digits(s, 8, 2, text)));
  }
  if (s.size() == 8) {
    return from_ymd(digits(s, 0, 4, text), static_cast<unsigned>(digits(s, 4, 2, text)),
                    static_cast<unsigned>(digits(s, 6, 2, text)));
  }
  if (s.size() == 10 && s[2] == '/' && s[5] == '/') {  // as French users type it: 31/12/2025
    return from_ymd(digits(s, 6, 4, text), static_cast<unsigned>(digits(s, 3, 2, text)),
                    static_cast<unsigned>(digits(s, 0, 2, text)));
  }
  throw Error(ErrorKind::InvalidInput, "not a date: '" + std::string(text) + "' (expected YYYY-MM-DD or DD/MM/YYYY)");
}

int Date::year() const {
  return civil_from_days(days_).y;
}
unsigned Date::month() const {
  return civil_from_days(days_).m;
}
unsigned Date::day() const {
  return civil_from_days(days_).d;
}

Date Date::plus_months(int n) const {
  Civil c = civil_from_days(days_);
  int total = c.y * 12 + static_cast<int>(c.m) - 1 + n;
  int y = total / 12;
  auto m = static_cast<unsigned>(total % 12 + 1);
  unsigned d = c.d > days_in_month(y, m) ? days_in_month(y, m) : c.d;
  return Date(days_from_civil(y, m, d));
}

Date Date::end_of_month() const {
  Civil c = civil_from_days(days_);
  return Date(days_from_civil(c.y, c.m, days_in_month(c.y, c.m)));
}

std::string Date::iso() const {
  const Civil c = civil_from_days(days_);
  std::string out(10, '-');
  put_digits(out.data(), c.y, 4);
  put_digits(out.data() + 5, static_cast<int>(c.m), 2);
  put_digits(out.data() + 8, static_cast<int>(c.d), 2);
  return out;
}

std::string Date::compact() const {
  const Civil c = civil_from_days(days_);
  std::string out(8, '0');
  put_digits(out.data(), c.y, 4);
  put_digits(out.data() + 4, static_cast<int>(c.m), 2);
  put_digits(out.data() + 6, static_cast<int>(c.d), 2);
  return out;
}

std::string Date::french() const {
  const Civil c = civil_from_days(days_);
  std::string out(10, '/');
  put_digits(out.data(), static_cast<int>(c.d), 2);
  put_digits(out.data() + 3, static_cast<int>(c.m), 2);
  put_digits(out.data() + 6, c.y, 4);
  return out;
}

}  // namespace comptoir
