// The 128-bit fast path of amount × rate gives exactly Money::times(HalfUp).
#include "../../../forecast/src/fast_rate.hpp"  // internal piece of comptoir_forecast

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

namespace comptoir::forecast {
namespace {

RC_GTEST_PROP(FastRate, MatchesExactHalfUpRounding, ()) {
  const auto cents = *rc::gen::inRange<std::int64_t>(-1'000'000'000'000, 1'000'000'000'000);
  const auto numerator = *rc::gen::inRange<std::int64_t>(-100'000, 100'000);
  const auto denominator = *rc::gen::inRange<std::int64_t>(1, 100'000);
  const Rational rate(numerator, denominator);
  const Money amount = Money::from_cents(cents);
  RC_ASSERT(FastRate(rate).times_half_up(amount) == amount.times(rate, RoundingMode::HalfUp));
}

TEST(FastRate, HalvesRoundAwayFromZero) {
  EXPECT_EQ(FastRate(Rational(1, 2)).times_half_up(Money::from_cents(1)), Money::from_cents(1));
  EXPECT_EQ(FastRate(Rational(1, 2)).times_half_up(Money::from_cents(-1)), Money::from_cents(-1));
  EXPECT_EQ(FastRate(Rational(1, 300)).times_half_up(Money::parse("20000")), Money::parse("66.67"));
}

TEST(FastRate, LargeRatesFallBackToRationals) {
  const Rational huge(BigInt("10000000000"), 7);  // numerator beyond 32 bits
  EXPECT_EQ(FastRate(huge).times_half_up(Money::from_cents(3)), Money::from_cents(3).times(huge, RoundingMode::HalfUp));
}

}  // namespace
}  // namespace comptoir::forecast
