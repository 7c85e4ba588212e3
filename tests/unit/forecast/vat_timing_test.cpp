// VAT in the cash plan: collected, deductible and paid on the regime's timing.
#include <gtest/gtest.h>

#include "forecast/cafe_plan.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast_test_support.hpp"

namespace comptoir::forecast {
namespace {

Money eur(const char* text) {
  return Money::parse(text);
}

CafePlan plan_with(const std::string& regime) {
  return compute_cafe_plan(parse_cafe_scenario(testing::tiny_scenario_toml(regime), "tiny.toml"));
}

// June 2026: collected 600 on drinks + 60 on commissions = 660; deductible
// 240 on purchases + 1 200 on the equipment = 1 440: a credit of 780.
// July and August (31 days): collected 682, deductible 248 → +434 each.
// September: collected 660, deductible 240 → +420.
TEST(VatTiming, MonthlyReturnsPayTheNextMonthAndCarryCredits) {
  CafePlan plan = plan_with("reel-mensuel");
  EXPECT_EQ(plan.cash[0].vat_collected, eur("660"));
  EXPECT_EQ(plan.cash[0].vat_deductible, eur("1440"));
  EXPECT_EQ(plan.cash[1].vat_paid, Money());     // June: credit 780
  EXPECT_EQ(plan.cash[2].vat_paid, Money());     // July: 434 − 780 = −346 carried
  EXPECT_EQ(plan.cash[3].vat_paid, eur("88"));   // August: 434 − 346 = 88, paid in September
  EXPECT_EQ(plan.cash[4].vat_paid, eur("420"));  // September's, paid in October
}

// Quarterly: June closes Q2 with a credit of 780; Q3 nets
// 682 + 682 + 660 − (248 + 248 + 240) = 1 288, less the credit = 508,
// paid in October.
TEST(VatTiming, QuarterlyReturnsPayTheMonthAfterTheQuarter) {
  CafePlan plan = plan_with("reel-trimestriel");
  for (int i = 0; i < 4; ++i) EXPECT_EQ(plan.cash[static_cast<std::size_t>(i)].vat_paid, Money()) << i;
  EXPECT_EQ(plan.cash[4].vat_paid, eur("508"));
  EXPECT_EQ(plan.cash[5].vat_paid, Money());
}

// Franchise: no VAT anywhere; sales are the tickets (3 600 in June).
TEST(VatTiming, FranchiseHasNoVat) {
  CafePlan plan = plan_with("franchise");
  EXPECT_EQ(plan.months[0].lines.goods_sales, eur("3600"));
  for (const auto& row : plan.cash) {
    EXPECT_EQ(row.vat_paid, Money());
    EXPECT_EQ(row.vat_collected, Money());
    EXPECT_EQ(row.vat_deductible, Money());
  }
}

// June cash, quarterly: receipts 3 600 + 360 sales + 2 400 subsidy +
// 15 000 financing; disbursements 1 440 purchases + 520 staff + 110 fixed
// + 7 200 start-up + 200 loan = 9 470; closing 11 890.
TEST(VatTiming, FirstMonthCash) {
  const auto plan = plan_with("reel-trimestriel");  // named: a reference into a temporary dangles
  const CashPlanRow& june = plan.cash[0];
  EXPECT_EQ(june.receipts, eur("21360"));
  EXPECT_EQ(june.disbursements, eur("9470"));
  EXPECT_EQ(june.closing, eur("11890"));
}

}  // namespace
}  // namespace comptoir::forecast
