// The dedicated-funds rules (fonds dédiés, ANC 2018-06): accounts by kind of
// resource and the per-agreement roll-forward, hand-checked over years.
#include "grants/grant_funds.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace comptoir {
namespace {

Money eur(const char* text) {
  return Money::parse(text);
}

TEST(GrantFundsAccounts, ByKindOfResource) {
  const auto subsidy = grant_funds_accounts("741100");
  EXPECT_EQ(subsidy.charge, "689400");
  EXPECT_EQ(subsidy.fund, "194000");
  EXPECT_EQ(subsidy.release, "789400");
  const auto contribution = grant_funds_accounts("755100");
  EXPECT_EQ(contribution.charge, "689500");
  EXPECT_EQ(contribution.fund, "195000");
  EXPECT_EQ(contribution.release, "789500");
  const auto generosity = grant_funds_accounts("754200");
  EXPECT_EQ(generosity.charge, "689600");
  EXPECT_EQ(generosity.fund, "196000");
  EXPECT_EQ(generosity.release, "789600");
  EXPECT_THROW((void)grant_funds_accounts("706000"), Error);
  EXPECT_THROW((void)grant_funds_accounts("756000"), Error);
}

// 2025: 50,000 recognised, 30,000 spent -> 20,000 reported.
// 2026: 10,000 more, 25,000 spent: the 20,000 of 2025 first (released),
//       then 5,000 of the new income; 5,000 reported. Closing 5,000.
// 2027: nothing new, 8,000 spent: the 5,000 left are released.
TEST(GrantFundsRollForward, ThreeYearsHandChecked) {
  const auto rows = roll_forward_grant_funds("G", "194000", 2025, 2027, {{2025, eur("50000")}, {2026, eur("10000")}},
                                             {{2025, eur("30000")}, {2026, eur("25000")}, {2027, eur("8000")}});
  ASSERT_EQ(rows.size(), 3U);
  EXPECT_EQ(rows[0].year, 2025);
  EXPECT_TRUE(rows[0].opening.is_zero());
  EXPECT_TRUE(rows[0].released.is_zero());
  EXPECT_EQ(rows[0].allocated, eur("20000"));
  EXPECT_EQ(rows[0].closing, eur("20000"));
  EXPECT_EQ(rows[1].opening, eur("20000"));
  EXPECT_EQ(rows[1].released, eur("20000"));
  EXPECT_EQ(rows[1].allocated, eur("5000"));
  EXPECT_EQ(rows[1].closing, eur("5000"));
  EXPECT_EQ(rows[2].opening, eur("5000"));
  EXPECT_EQ(rows[2].released, eur("5000"));
  EXPECT_TRUE(rows[2].allocated.is_zero());
  EXPECT_TRUE(rows[2].closing.is_zero());
  for (const auto& r : rows) {
    EXPECT_EQ(r.grant, "G");
    EXPECT_EQ(r.fund_account, "194000");
    EXPECT_EQ(r.closing, r.opening - r.released + r.allocated);
  }
}

TEST(GrantFundsRollForward, SpendingBeyondTheIncomeReportsNothing) {
  const auto rows = roll_forward_grant_funds("G", "195000", 2025, 2025, {{2025, eur("1000")}}, {{2025, eur("1500")}});
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_TRUE(rows[0].allocated.is_zero());
  EXPECT_TRUE(rows[0].closing.is_zero());
}

TEST(GrantFundsRollForward, NetRefundsCountAsNoSpending) {
  const auto rows = roll_forward_grant_funds("G", "194000", 2025, 2026, {{2025, eur("1000")}},
                                             {{2025, eur("-200")}, {2026, eur("-1")}});
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[0].allocated, eur("1000"));
  EXPECT_TRUE(rows[1].released.is_zero());
  EXPECT_EQ(rows[1].closing, eur("1000"));
}

TEST(GrantFundsRollForward, CentsAreKept) {
  const auto rows = roll_forward_grant_funds("G", "196000", 2025, 2026, {{2025, eur("1000.01")}},
                                             {{2025, eur("333.33")}, {2026, eur("0.01")}});
  EXPECT_EQ(rows[0].allocated, eur("666.68"));
  EXPECT_EQ(rows[1].released, eur("0.01"));
  EXPECT_EQ(rows[1].closing, eur("666.67"));
}

}  // namespace
}  // namespace comptoir
