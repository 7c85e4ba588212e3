// 128-bit half-up products for small exact rates (see fast_rate.hpp).
#include "fast_rate.hpp"

#include <limits>

namespace comptoir::forecast {
namespace {

__extension__ using Int128 = __int128;

bool fits(const BigInt& value) {
  return value <= BigInt(std::numeric_limits<std::int32_t>::max()) &&
         value >= BigInt(std::numeric_limits<std::int32_t>::min());
}

}  // namespace

FastRate::FastRate(const Rational& rate) : rate_(rate) {
  const BigInt num = boost::multiprecision::numerator(rate);
  const BigInt den = boost::multiprecision::denominator(rate);
  // 32-bit parts keep cents × numerator far inside 128 bits.
  fast_ = fits(num) && fits(den);
  if (fast_) {
    numerator_ = num.convert_to<std::int64_t>();
    denominator_ = den.convert_to<std::int64_t>();
  }
}

Money FastRate::times_half_up(Money amount) const {
  if (!fast_) return amount.times(rate_, RoundingMode::HalfUp);
  const Int128 product = Int128(amount.cents()) * numerator_;
  const Int128 magnitude = product < 0 ? -product : product;
  Int128 quotient = magnitude / denominator_;
  if (2 * (magnitude % denominator_) >= denominator_) ++quotient;  // half away from zero
  if (quotient > std::numeric_limits<std::int64_t>::max()) return amount.times(rate_, RoundingMode::HalfUp);
  const auto cents = static_cast<std::int64_t>(quotient);
  return Money::from_cents(product < 0 ? -cents : cents);
}

}  // namespace comptoir::forecast
