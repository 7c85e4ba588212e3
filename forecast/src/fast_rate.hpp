// Internal: a rate held as a small exact fraction so that "amount × rate,
// rounded half-up to the cent" runs in 128-bit integers instead of
// arbitrary-precision rationals (the café plan reruns on every GUI slider
// move). Same result as Money::times(rate, RoundingMode::HalfUp), always:
// rates too large for the fast path fall back to it.
#pragma once

#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

class FastRate {
 public:
  explicit FastRate(const Rational& rate);
  // amount × rate rounded half away from zero to the cent.
  [[nodiscard]] Money times_half_up(Money amount) const;
  [[nodiscard]] const Rational& exact() const { return rate_; }

 private:
  Rational rate_;
  std::int64_t numerator_ = 0;
  std::int64_t denominator_ = 1;
  bool fast_ = false;
};

}  // namespace comptoir::forecast
