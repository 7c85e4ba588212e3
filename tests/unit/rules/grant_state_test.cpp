// An agreement's state at several dates from its tranches and spending,
// hand-checked; the display rule of its percentages; its validity rules.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "grants/grant.hpp"

namespace comptoir {
namespace {

Date day(unsigned month, unsigned d) {
  return Date::from_ymd(2025, month, d);
}

Grant grant() {
  Grant g;
  g.code = "ANCT-2025";
  g.entity = "RES";
  g.funder = "F-ANCT";
  g.awarded = Money::parse("10000");
  g.start = day(1, 1);
  g.end = day(12, 31);
  g.income_account = "741100";
  return g;
}

GrantTranche tranche(GrantTrancheKind kind, Date date, const char* amount) {
  return GrantTranche{0, "ANCT-2025", kind, date, Money::parse(amount), 0, ""};
}

std::vector<GrantTranche> tranches() {
  return {tranche(GrantTrancheKind::Call, day(3, 1), "6000"), tranche(GrantTrancheKind::Receipt, day(3, 15), "4000"),
          tranche(GrantTrancheKind::Call, day(9, 1), "4000"), tranche(GrantTrancheKind::Receipt, day(10, 1), "6000")};
}

TEST(GrantState, BeforeAnyTranche) {
  const GrantState s = compute_grant_state(grant(), tranches(), Money::parse("1500"), day(2, 28));
  EXPECT_EQ(s.awarded, Money::parse("10000"));
  EXPECT_TRUE(s.called.is_zero());
  EXPECT_TRUE(s.received.is_zero());
  EXPECT_TRUE(s.receivable.is_zero());
  EXPECT_EQ(s.remaining, Money::parse("8500"));
  EXPECT_EQ(s.period_elapsed, Rational(59, 365));  // 31 + 28 days of 365
  EXPECT_EQ(percent_text(s.period_elapsed), "16.2");
  EXPECT_EQ(s.spent_ratio, Rational(3, 20));
  EXPECT_EQ(percent_text(s.spent_ratio), "15.0");
}

TEST(GrantState, OnTheDayOfAReceiptItCounts) {
  const GrantState s = compute_grant_state(grant(), tranches(), Money::parse("2500"), day(3, 15));
  EXPECT_EQ(s.called, Money::parse("6000"));
  EXPECT_EQ(s.received, Money::parse("4000"));
  EXPECT_EQ(s.receivable, Money::parse("2000"));
  EXPECT_EQ(s.period_elapsed, Rational(74, 365));
}

TEST(GrantState, SecondCallNotYetReceived) {
  const GrantState s = compute_grant_state(grant(), tranches(), Money::parse("7000"), day(9, 30));
  EXPECT_EQ(s.called, Money::parse("10000"));
  EXPECT_EQ(s.received, Money::parse("4000"));
  EXPECT_EQ(s.receivable, Money::parse("6000"));
  EXPECT_EQ(s.remaining, Money::parse("3000"));
  EXPECT_EQ(percent_text(s.spent_ratio), "70.0");
}

TEST(GrantState, AtAndAfterTheEndEverythingIsIn) {
  for (Date as_of : {day(12, 31), Date::from_ymd(2026, 6, 30)}) {
    const GrantState s = compute_grant_state(grant(), tranches(), Money::parse("10250"), as_of);
    EXPECT_EQ(s.received, Money::parse("10000"));
    EXPECT_TRUE(s.receivable.is_zero());
    EXPECT_EQ(s.remaining, Money::parse("-250"));  // overspent: shown, not hidden
    EXPECT_EQ(s.period_elapsed, Rational(1));
    EXPECT_EQ(percent_text(s.spent_ratio), "102.5");
  }
}

TEST(GrantState, BeforeThePeriodNothingHasElapsed) {
  const GrantState s = compute_grant_state(grant(), {}, Money{}, Date::from_ymd(2024, 12, 1));
  EXPECT_EQ(s.period_elapsed, Rational(0));
  EXPECT_EQ(percent_text(s.period_elapsed), "0.0");
}

TEST(GrantState, PercentRoundsHalfUpToOneDecimal) {
  EXPECT_EQ(percent_text(Rational(1, 8)), "12.5");
  EXPECT_EQ(percent_text(Rational(1, 3)), "33.3");
  EXPECT_EQ(percent_text(Rational(2, 3)), "66.7");
  EXPECT_EQ(percent_text(Rational(1, 2000)), "0.1");  // 0.05 % rounds up
}

TEST(GrantState, SpendingWindowIsClampedToThePeriod) {
  Date from;
  Date to;
  EXPECT_FALSE(spending_window(grant(), Date::from_ymd(2024, 12, 31), from, to));
  ASSERT_TRUE(spending_window(grant(), day(6, 30), from, to));
  EXPECT_EQ(from, day(1, 1));
  EXPECT_EQ(to, day(6, 30));
  ASSERT_TRUE(spending_window(grant(), Date::from_ymd(2026, 3, 1), from, to));
  EXPECT_EQ(to, day(12, 31));
}

void expect_invalid(const Grant& g, const std::string& field) {
  try {
    check_grant(g);
    ADD_FAILURE() << "accepted, expected a complaint about " << field;
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    EXPECT_NE(std::string(e.what()).find(field), std::string::npos) << e.what();
  }
}

TEST(GrantCheck, EveryRuleHasItsMessage) {
  EXPECT_NO_THROW(check_grant(grant()));
  Grant g = grant();
  g.code = "ANCT 2025";
  expect_invalid(g, "code");
  g = grant();
  g.funder.clear();
  expect_invalid(g, "funder");
  g = grant();
  g.awarded = Money{};
  expect_invalid(g, "amount");
  g = grant();
  g.end = Date::from_ymd(2024, 12, 31);
  expect_invalid(g, "period");
  g = grant();
  g.income_account = "706000";
  expect_invalid(g, "income account");
  g = grant();
  g.receivable_account = "411000";
  expect_invalid(g, "receivable account");
  g = grant();
  g.income_account = "756000";  // cotisations: not a dedicated resource
  g.earmarked = true;
  expect_invalid(g, "756000");
  g.earmarked = false;
  EXPECT_NO_THROW(check_grant(g));
}

TEST(GrantTrancheKind, TextForms) {
  EXPECT_EQ(to_string(GrantTrancheKind::Call), "call");
  EXPECT_EQ(parse_grant_tranche_kind("receipt"), GrantTrancheKind::Receipt);
  EXPECT_THROW((void)parse_grant_tranche_kind("refund"), Error);
}

}  // namespace
}  // namespace comptoir
