// Exact rationals from text: rates like "0.055", "5,5 %" or "1/3".
#include "core/rational.hpp"

#include <cctype>

#include "core/error.hpp"

namespace comptoir {
namespace {

Rational parse_decimal(std::string_view s, std::string_view whole) {
  if (s.empty()) throw Error(ErrorKind::InvalidInput, "not a number: '" + std::string(whole) + "'");
  bool negative = false;
  if (s.front() == '-' || s.front() == '+') {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  BigInt numerator = 0;
  BigInt denominator = 1;
  bool seen_point = false;
  bool seen_digit = false;
  for (char c : s) {
    if (c == '.' || c == ',') {
      if (seen_point) throw Error(ErrorKind::InvalidInput, "not a number: '" + std::string(whole) + "'");
      seen_point = true;
    } else if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
      numerator = numerator * 10 + (c - '0');
      if (seen_point) denominator *= 10;
      seen_digit = true;
    } else {
      throw Error(ErrorKind::InvalidInput, "not a number: '" + std::string(whole) + "'");
    }
  }
  if (!seen_digit) throw Error(ErrorKind::InvalidInput, "not a number: '" + std::string(whole) + "'");
  Rational r(numerator, denominator);
  return negative ? Rational(-r) : r;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())) != 0) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())) != 0) s.remove_suffix(1);
  return s;
}

}  // namespace

Rational parse_rational(std::string_view text) {
  std::string_view s = trim(text);
  bool percent = false;
  if (!s.empty() && s.back() == '%') {
    percent = true;
    s = trim(s.substr(0, s.size() - 1));
  }
  Rational value;
  if (auto slash = s.find('/'); slash != std::string_view::npos) {
    Rational num = parse_decimal(trim(s.substr(0, slash)), text);
    Rational den = parse_decimal(trim(s.substr(slash + 1)), text);
    if (den == 0) throw Error(ErrorKind::InvalidInput, "division by zero in '" + std::string(text) + "'");
    value = num / den;
  } else {
    value = parse_decimal(s, text);
  }
  return percent ? Rational(value / 100) : value;
}

std::string to_decimal_string(const Rational& r, int decimals) {
  BigInt scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  Rational scaled = r * scale;
  BigInt num = boost::multiprecision::numerator(scaled);
  BigInt den = boost::multiprecision::denominator(scaled);
  bool negative = num < 0;
  if (negative) num = -num;
  BigInt q = (2 * num + den) / (2 * den);  // half-up
  std::string digits = q.str();
  if (decimals > 0) {
    if (digits.size() <= static_cast<std::size_t>(decimals)) {
      digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - static_cast<std::size_t>(decimals), ".");
  }
  return (negative && q != 0 ? "-" : "") + digits;
}

}  // namespace comptoir
