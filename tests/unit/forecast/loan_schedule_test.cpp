// Loan amortisation schedules checked by hand.
#include "forecast/loan_schedule.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace comptoir::forecast {
namespace {

Money eur(const char* text) {
  return Money::parse(text);
}

// 20 000 € at 4 % a year over 60 months: r = 0.04/12 = 1/300.
// Payment = 20000 × r / (1 − (1 + r)^−60) = 368.3304... → 368.33.
// Month 1: interest 20000/300 = 66.666... → 66.67; principal 301.66.
// Month 2: interest 19698.34/300 = 65.661... → 65.66; principal 302.67.
// Interest sums to 2 099.85; the last payment is adjusted to 368.38 so the
// principal repaid is exactly 20 000.00.
TEST(LoanSchedule, TwentyThousandAtFourPercentOverFiveYears) {
  LoanSchedule s = compute_loan_schedule({"Bank", eur("20000"), Rational(4, 100), 60}, Date::from_ymd(2026, 4, 1));
  EXPECT_EQ(s.monthly_payment, eur("368.33"));
  ASSERT_EQ(s.instalments.size(), 60U);
  EXPECT_EQ(s.instalments[0].interest, eur("66.67"));
  EXPECT_EQ(s.instalments[0].principal, eur("301.66"));
  EXPECT_EQ(s.instalments[0].balance_after, eur("19698.34"));
  EXPECT_EQ(s.instalments[0].due, Date::from_ymd(2026, 4, 30));
  EXPECT_EQ(s.instalments[1].interest, eur("65.66"));
  EXPECT_EQ(s.instalments[1].principal, eur("302.67"));
  EXPECT_EQ(s.instalments[59].payment, eur("368.38"));
  EXPECT_EQ(s.instalments[59].interest, eur("1.22"));
  EXPECT_EQ(s.instalments[59].balance_after, Money());
  EXPECT_EQ(s.instalments[59].due, Date::from_ymd(2031, 3, 31));
  EXPECT_EQ(s.total_interest, eur("2099.85"));
  Money principal;
  for (const auto& i : s.instalments) {
    principal += i.principal;
    EXPECT_EQ(i.payment, i.interest + i.principal);
  }
  EXPECT_EQ(principal, eur("20000"));
}

// 0 %: 8 000 € over 60 months is 133.333... → 133.33 a month; the last
// instalment takes the remaining 133.53.
TEST(LoanSchedule, InterestFreeLoanSumsExactly) {
  LoanSchedule s = compute_loan_schedule({"Honour", eur("8000"), Rational(0), 60}, Date::from_ymd(2026, 1, 1));
  EXPECT_EQ(s.monthly_payment, eur("133.33"));
  EXPECT_EQ(s.total_interest, Money());
  EXPECT_EQ(s.instalments.back().payment, eur("133.53"));
  EXPECT_EQ(s.instalments.back().balance_after, Money());
}

TEST(LoanSchedule, RefusesZeroTerm) {
  EXPECT_THROW((void)compute_loan_schedule({"Bad", eur("1000"), Rational(1, 100), 0}, Date::from_ymd(2026, 1, 1)),
               Error);
}

}  // namespace
}  // namespace comptoir::forecast
