// Money: a signed count of euro cents, and how exact amounts are rounded
// back to cents. Exact; overflow is an error, never a wrap. Built from text
// or integers, never from a double.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/rational.hpp"

namespace comptoir {

// How an exact amount is brought back to whole cents. Always explicit:
// there is no default rounding anywhere in Comptoir.
enum class RoundingMode {
  HalfUp,    // half away from zero: the French invoicing default
  HalfEven,  // banker's rounding
  Down,      // toward zero (truncate)
  Up,        // away from zero
  Floor,     // toward -infinity
  Ceiling,   // toward +infinity
  Never,     // throws if the amount is not already whole cents
};

class Money {
 public:
  constexpr Money() = default;
  [[nodiscard]] static constexpr Money from_cents(std::int64_t cents) { return Money(cents); }
  // Whole euros; throws Error(InvalidInput) on overflow.
  [[nodiscard]] static Money from_euros(std::int64_t euros);
  // "1234.56", "-1234,5", "1 234,56", "+12", "1234.50 €". At most two
  // decimals unless the extra ones are zeros. Throws Error(InvalidInput).
  [[nodiscard]] static Money parse(std::string_view text);
  // An exact amount of euros rounded to cents with an explicit mode.
  // Throws Error(InvalidInput) on overflow or, with Never, on inexact values.
  [[nodiscard]] static Money round(const Rational& euros, RoundingMode mode);

  [[nodiscard]] constexpr std::int64_t cents() const { return cents_; }
  [[nodiscard]] constexpr bool is_zero() const { return cents_ == 0; }
  [[nodiscard]] constexpr bool is_negative() const { return cents_ < 0; }
  [[nodiscard]] Rational to_rational() const;  // in euros

  // this × rate, rounded to cents with `mode` (rate exact, e.g. 1/2 or 0.055).
  [[nodiscard]] Money times(const Rational& rate, RoundingMode mode) const;

  Money& operator+=(Money other);
  Money& operator-=(Money other);
  friend Money operator+(Money a, Money b) { return a += b; }
  friend Money operator-(Money a, Money b) { return a -= b; }
  Money operator-() const;
  friend constexpr bool operator==(Money a, Money b) = default;
  friend constexpr auto operator<=>(Money a, Money b) = default;

  // "-1234.56": two decimals, '.' separator, no grouping (CSV, JSON, FEC after ','-swap).
  [[nodiscard]] std::string to_string() const;
  // "-1 234,56": French grouping with a narrow no-break space, ',' decimals.
  [[nodiscard]] std::string to_french() const;

 private:
  constexpr explicit Money(std::int64_t cents) : cents_(cents) {}
  std::int64_t cents_ = 0;
};

// Sum with overflow checks.
template <typename Range>
[[nodiscard]] Money sum(const Range& amounts) {
  Money total;
  for (const auto& m : amounts) total += m;
  return total;
}

}  // namespace comptoir
