// Money arithmetic with overflow checks, parsing and formatting.
#include "core/money.hpp"

#include <cctype>
#include <limits>

#include "core/error.hpp"

namespace comptoir {
namespace {

[[noreturn]] void overflow(const char* what) {
  throw Error(ErrorKind::InvalidInput, std::string("amount overflow in ") + what);
}

[[noreturn]] void bad_amount(std::string_view text, const std::string& why) {
  throw Error(ErrorKind::InvalidInput, "not an amount: '" + std::string(text) + "' (" + why + ")");
}

// Skips a UTF-8 no-break space (C2 A0) or narrow no-break space (E2 80 AF).
bool skip_group_separator(std::string_view s, std::size_t& i) {
  if (s[i] == ' ' || s[i] == '\'') {
    ++i;
    return true;
  }
  if (s.substr(i, 2) == "\xC2\xA0") {
    i += 2;
    return true;
  }
  if (s.substr(i, 3) == "\xE2\x80\xAF") {
    i += 3;
    return true;
  }
  return false;
}

std::string group_thousands(std::string digits, const std::string& separator) {
  for (auto pos = static_cast<long>(digits.size()) - 3; pos > 0; pos -= 3) {
    digits.insert(static_cast<std::size_t>(pos), separator);
  }
  return digits;
}

}  // namespace

Money Money::from_euros(std::int64_t euros) {
  std::int64_t cents = 0;
  if (__builtin_mul_overflow(euros, 100, &cents)) overflow("from_euros");
  return Money(cents);
}

Money Money::parse(std::string_view text) {
  std::string_view s = text;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())) != 0) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())) != 0) s.remove_suffix(1);
  if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x82\xAC") {  // trailing €
    s.remove_suffix(3);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  }
  if (s.empty()) bad_amount(text, "empty");
  bool negative = false;
  if (s.front() == '-' || s.front() == '+') {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  // The last '.' or ',' followed by 1-3 digits... is the decimal mark only if
  // it is the single such mark; "1.234,56" style mixed grouping is refused.
  BigInt whole = 0;
  BigInt fraction = 0;
  int decimals = 0;
  bool in_fraction = false;
  bool any_digit = false;
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
      any_digit = true;
      if (in_fraction) {
        fraction = fraction * 10 + (c - '0');
        ++decimals;
      } else {
        whole = whole * 10 + (c - '0');
      }
      ++i;
    } else if ((c == '.' || c == ',') && !in_fraction) {
      in_fraction = true;
      ++i;
    } else if (!in_fraction && any_digit && skip_group_separator(s, i)) {
      continue;
    } else {
      bad_amount(text, "unexpected character");
    }
  }
  if (!any_digit) bad_amount(text, "no digits");
  BigInt cents = whole * 100;
  if (decimals <= 2) {
    for (int d = decimals; d < 2; ++d) fraction *= 10;
    cents += fraction;
  } else {
    BigInt scale = 1;
    for (int d = 2; d < decimals; ++d) scale *= 10;
    if (fraction % scale != 0) bad_amount(text, "more than two decimals");
    cents += fraction / scale;
  }
  if (negative) cents = -cents;
  if (cents > std::numeric_limits<std::int64_t>::max() || cents < std::numeric_limits<std::int64_t>::min()) {
    bad_amount(text, "too large");
  }
  return Money(cents.convert_to<std::int64_t>());
}

Money Money::round(const Rational& euros, RoundingMode mode) {
  Rational cents_exact = euros * 100;
  BigInt num = boost::multiprecision::numerator(cents_exact);
  BigInt den = boost::multiprecision::denominator(cents_exact);  // always > 0
  BigInt q = num / den;                                          // toward zero
  BigInt r = num % den;                                          // same sign as num
  if (r != 0) {
    bool positive = num > 0;
    BigInt twice = 2 * (r < 0 ? BigInt(-r) : r);
    switch (mode) {
      case RoundingMode::Down:
        break;
      case RoundingMode::Up:
        q += positive ? 1 : -1;
        break;
      case RoundingMode::Floor:
        if (!positive) q -= 1;
        break;
      case RoundingMode::Ceiling:
        if (positive) q += 1;
        break;
      case RoundingMode::HalfUp:
        if (twice >= den) q += positive ? 1 : -1;
        break;
      case RoundingMode::HalfEven:
        if (twice > den || (twice == den && q % 2 != 0)) q += positive ? 1 : -1;
        break;
      case RoundingMode::Never:
        throw Error(ErrorKind::InvalidInput,
                    "amount " + to_decimal_string(euros, 6) + " is not a whole number of cents");
    }
  }
  if (q > std::numeric_limits<std::int64_t>::max() || q < std::numeric_limits<std::int64_t>::min()) {
    overflow("round");
  }
  return Money(q.convert_to<std::int64_t>());
}

Rational Money::to_rational() const {
  return Rational(cents_, 100);
}

Money Money::times(const Rational& rate, RoundingMode mode) const {
  return round(to_rational() * rate, mode);
}

Money& Money::operator+=(Money other) {
  if (__builtin_add_overflow(cents_, other.cents_, &cents_)) overflow("addition");
  return *this;
}

Money& Money::operator-=(Money other) {
  if (__builtin_sub_overflow(cents_, other.cents_, &cents_)) overflow("subtraction");
  return *this;
}

Money Money::operator-() const {
  if (cents_ == std::numeric_limits<std::int64_t>::min()) overflow("negation");
  return Money(-cents_);
}

std::string Money::to_string() const {
  // Work on the unsigned magnitude so INT64_MIN prints correctly.
  auto magnitude = cents_ < 0 ? 0 - static_cast<std::uint64_t>(cents_) : static_cast<std::uint64_t>(cents_);
  std::string out = std::to_string(magnitude / 100) + ".";
  auto rest = magnitude % 100;
  out += static_cast<char>('0' + rest / 10);
  out += static_cast<char>('0' + rest % 10);
  return (cents_ < 0 ? "-" : "") + out;
}

std::string Money::to_french() const {
  auto magnitude = cents_ < 0 ? 0 - static_cast<std::uint64_t>(cents_) : static_cast<std::uint64_t>(cents_);
  std::string out = group_thousands(std::to_string(magnitude / 100), "\xE2\x80\xAF") + ",";
  auto rest = magnitude % 100;
  out += static_cast<char>('0' + rest / 10);
  out += static_cast<char>('0' + rest % 10);
  return (cents_ < 0 ? "-" : "") + out;
}

}  // namespace comptoir
