// Exact rates, percentages and intermediate products. Parsed from text,
// never from a double.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <string>
#include <string_view>

namespace comptoir {

using Rational = boost::multiprecision::cpp_rational;
using BigInt = boost::multiprecision::cpp_int;

// Parses "0.5", "50%", "5,5 %", "1/3", "-2". Throws Error(InvalidInput).
[[nodiscard]] Rational parse_rational(std::string_view text);

// Decimal text of r with at most `decimals` places, rounded half-up
// (for display only: "0.3333").
[[nodiscard]] std::string to_decimal_string(const Rational& r, int decimals);

}  // namespace comptoir
