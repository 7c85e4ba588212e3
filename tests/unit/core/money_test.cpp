// Money: parsing, formatting, rounding modes, overflow.
#include "core/money.hpp"

#include <gtest/gtest.h>

#include <limits>

#include "core/error.hpp"

namespace comptoir {
namespace {

TEST(Money, ParsesDotCommaAndFrenchGrouping) {
  EXPECT_EQ(Money::parse("1234.56").cents(), 123456);
  EXPECT_EQ(Money::parse("1234,5").cents(), 123450);
  EXPECT_EQ(Money::parse("1 234,56").cents(), 123456);
  EXPECT_EQ(Money::parse("1\xE2\x80\xAF"
                         "234,56")
                .cents(),
            123456);
  EXPECT_EQ(Money::parse("-12").cents(), -1200);
  EXPECT_EQ(Money::parse("+0.07").cents(), 7);
  EXPECT_EQ(Money::parse("12.500").cents(), 1250);
  EXPECT_EQ(Money::parse(" 3,00 \xE2\x82\xAC").cents(), 300);
}

TEST(Money, RejectsBadText) {
  for (const char* bad : {"", "abc", "1.2.3", "12.345", "1,2,3", "--1", "1e5", ".", "12 .5x"}) {
    EXPECT_THROW((void)Money::parse(bad), Error) << bad;
  }
}

TEST(Money, FormatsWithTwoDecimals) {
  EXPECT_EQ(Money::from_cents(-123456).to_string(), "-1234.56");
  EXPECT_EQ(Money::from_cents(5).to_string(), "0.05");
  EXPECT_EQ(Money::from_cents(-5).to_string(), "-0.05");
  EXPECT_EQ(Money::from_cents(123456789).to_french(),
            "1\xE2\x80\xAF"
            "234\xE2\x80\xAF"
            "567,89");
  EXPECT_EQ(Money::from_cents(std::numeric_limits<std::int64_t>::min()).to_string(), "-92233720368547758.08");
}

TEST(Money, OverflowIsAnErrorNotAWrap) {
  Money max = Money::from_cents(std::numeric_limits<std::int64_t>::max());
  EXPECT_THROW(max + Money::from_cents(1), Error);
  EXPECT_THROW(-max - Money::from_cents(2), Error);
  EXPECT_THROW(-Money::from_cents(std::numeric_limits<std::int64_t>::min()), Error);
  EXPECT_THROW((void)Money::from_euros(std::numeric_limits<std::int64_t>::max() / 10), Error);
  EXPECT_THROW((void)Money::parse("99999999999999999999"), Error);
}

TEST(Money, RoundingModesAreExplicit) {
  const Rational half_cent = Rational(1005, 1000);  // 1.005 €
  EXPECT_EQ(Money::round(half_cent, RoundingMode::HalfUp).cents(), 101);
  EXPECT_EQ(Money::round(half_cent, RoundingMode::HalfEven).cents(), 100);
  EXPECT_EQ(Money::round(half_cent, RoundingMode::Down).cents(), 100);
  EXPECT_EQ(Money::round(half_cent, RoundingMode::Up).cents(), 101);
  EXPECT_EQ(Money::round(-half_cent, RoundingMode::HalfUp).cents(), -101);
  EXPECT_EQ(Money::round(-half_cent, RoundingMode::Floor).cents(), -101);
  EXPECT_EQ(Money::round(-half_cent, RoundingMode::Ceiling).cents(), -100);
  EXPECT_EQ(Money::round(Rational(1015, 1000), RoundingMode::HalfEven).cents(), 102);
  EXPECT_THROW((void)Money::round(half_cent, RoundingMode::Never), Error);
  EXPECT_EQ(Money::round(Rational(101, 100), RoundingMode::Never).cents(), 101);
}

TEST(Money, TimesAnExactRate) {
  Money price = Money::parse("12345.67");
  EXPECT_EQ(price.times(parse_rational("50%"), RoundingMode::HalfUp).cents(), 617284);   // 6172.835 -> .84
  EXPECT_EQ(price.times(parse_rational("5,5 %"), RoundingMode::HalfUp).cents(), 67901);  // 679.01185
  EXPECT_EQ(Money::parse("100").times(parse_rational("1/3"), RoundingMode::Down).cents(), 3333);
}

}  // namespace
}  // namespace comptoir
