// Splits always sum back to their totals (seeded property tests).
#include "core/allocation.hpp"

#include <gtest/gtest.h>
#include <rapidcheck.h>

#include "core/error.hpp"

namespace comptoir {
namespace {

TEST(Allocation, SplitsByWeightWithLargestRemainder) {
  auto parts = allocate(Money::parse("100.00"), {Rational(1), Rational(1), Rational(1)});
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].cents(), 3334);
  EXPECT_EQ(parts[1].cents(), 3333);
  EXPECT_EQ(parts[2].cents(), 3333);
}

TEST(Allocation, NegativeTotalsAndZeroWeights) {
  auto parts = allocate(Money::parse("-0.05"), {Rational(1), Rational(0), Rational(1)});
  EXPECT_EQ(parts[0].cents() + parts[1].cents() + parts[2].cents(), -5);
  EXPECT_EQ(parts[1].cents(), 0);
  EXPECT_THROW((void)allocate(Money::parse("1"), {Rational(0)}), Error);
  EXPECT_THROW((void)allocate(Money::parse("1"), {Rational(-1), Rational(2)}), Error);
  EXPECT_THROW((void)allocate(Money::parse("1"), {}), Error);
}

TEST(Allocation, EvenSplit) {
  auto parts = split_evenly(Money::parse("10.00"), 3);
  EXPECT_EQ(parts[0].cents(), 334);
  EXPECT_EQ(parts[2].cents(), 333);
  EXPECT_THROW((void)split_evenly(Money::parse("1"), 0), Error);
}

TEST(AllocationProperty, PartsAlwaysSumToTheTotal) {
  const bool ok = rc::check("allocate sums to total", [] {
    const auto cents = *rc::gen::inRange<std::int64_t>(-100'000'000'000, 100'000'000'000);
    const auto weights = *rc::gen::nonEmpty(rc::gen::container<std::vector<int>>(rc::gen::inRange(0, 1'000'000)));
    RC_PRE(std::any_of(weights.begin(), weights.end(), [](int w) { return w > 0; }));
    std::vector<Rational> rw;
    for (int w : weights) rw.emplace_back(w);
    const auto parts = allocate(Money::from_cents(cents), rw);
    RC_ASSERT(parts.size() == weights.size());
    Money total;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      total += parts[i];
      if (weights[i] == 0) RC_ASSERT(parts[i].is_zero());
    }
    RC_ASSERT(total.cents() == cents);
  });
  EXPECT_TRUE(ok);
}

TEST(AllocationProperty, EachPartWithinOneCentOfItsExactShare) {
  const bool ok = rc::check("parts are fair", [] {
    const auto cents = *rc::gen::inRange<std::int64_t>(0, 10'000'000);
    const auto weights = *rc::gen::nonEmpty(rc::gen::container<std::vector<int>>(rc::gen::inRange(1, 1000)));
    std::vector<Rational> rw;
    Rational sum = 0;
    for (int w : weights) {
      rw.emplace_back(w);
      sum += w;
    }
    const auto parts = allocate(Money::from_cents(cents), rw);
    for (std::size_t i = 0; i < parts.size(); ++i) {
      Rational exact = Rational(cents) * rw[i] / sum;
      Rational diff = Rational(parts[i].cents()) - exact;
      RC_ASSERT(diff > -1);
      RC_ASSERT(diff < 1);
    }
  });
  EXPECT_TRUE(ok);
}

}  // namespace
}  // namespace comptoir
