// The income statement (SIG), break-even, BFR and first cash month of the
// tiny plan, every figure computed by hand.
#include "forecast/cafe_plan.hpp"

#include <gtest/gtest.h>

#include "forecast/scenario_toml.hpp"
#include "forecast_test_support.hpp"

namespace comptoir::forecast {
namespace {

Money eur(const char* text) {
  return Money::parse(text);
}

CafePlan tiny_plan(const std::string& regime = "reel-trimestriel") {
  return compute_cafe_plan(parse_cafe_scenario(testing::tiny_scenario_toml(regime), "tiny.toml"));
}

// June 2026, 30 open days, 100 customers a day:
//   goods sales   100 × 1.20 / 1.2 × 30          = 3 000.00
//   purchases     3 000 × (1 − 60 %)              = 1 200.00
//   margin        3 000 − 1 200                   = 1 800.00
//   services      100 € × 10 % × 30               =   300.00
//   external      rent 1 200 / 12                 =   100.00
//   value added   1 800 + 300 − 100               = 2 000.00
//   subsidies     2 400 / 12                      =   200.00
//   taxes         120 / 12                        =    10.00
//   staff         10 h × 52 / 12 × 12 €           =   520.00
//   EBE           2 000 + 200 − 10 − 520          = 1 670.00
//   depreciation  6 000 / 60                      =   100.00
//   op. result    1 670 − 100                     = 1 570.00
//   interest      0 % loan                        =     0.00
//   grant share   3 000 / 60                      =    50.00
//   net result    1 570 + 50                      = 1 620.00
//   CAF           1 620 + 100 − 50                = 1 670.00
//   volunteers    5 h × 52 / 12 × 10 € = 216.666… =   216.67 (memo)
TEST(CafePlan, SigLinesOfTheFirstMonth) {
  CafePlan plan = tiny_plan();
  ASSERT_EQ(plan.months.size(), 36U);
  const PlanMonth& june = plan.months[0];
  EXPECT_EQ(june.open_days, 30);
  const SigLines& l = june.lines;
  EXPECT_EQ(l.goods_sales, eur("3000"));
  EXPECT_EQ(l.purchases, eur("1200"));
  EXPECT_EQ(l.commercial_margin, eur("1800"));
  EXPECT_EQ(l.services_revenue, eur("300"));
  EXPECT_EQ(l.external_charges, eur("100"));
  EXPECT_EQ(l.value_added, eur("2000"));
  EXPECT_EQ(l.operating_subsidies, eur("200"));
  EXPECT_EQ(l.taxes, eur("10"));
  EXPECT_EQ(l.staff_costs, eur("520"));
  EXPECT_EQ(l.ebe, eur("1670"));
  EXPECT_EQ(l.depreciation, eur("100"));
  EXPECT_EQ(l.operating_result, eur("1570"));
  EXPECT_EQ(l.interest, Money());
  EXPECT_EQ(l.exceptional_income, eur("50"));
  EXPECT_EQ(l.net_result, eur("1620"));
  EXPECT_EQ(l.caf, eur("1670"));
  EXPECT_EQ(l.volunteer_contributions, eur("216.67"));
}

// Year 1 = June 2026 to May 2027 = 365 days.
//   goods 36 500, purchases 14 600, services 3 650 → revenue 40 150,
//   contribution margin 40 150 − 14 600 = 25 550 (ratio 25 550 / 40 150 = 7/11).
//   Fixed: rent 1 200 + CFE 120 + staff 6 240 + depreciation 1 200 + interest 0
//          − subsidies 2 400 = 6 360.
//   Break-even revenue = 6 360 × 11 / 7 = 9 994.2857… → 9 994.29.
//   Cumulative revenue: June 3 300, July 6 710, August 10 120 ≥ 9 994.29:
//   the point mort is reached in August 2026.
TEST(CafePlan, BreakEvenOfTheFirstYear) {
  CafePlan plan = tiny_plan();
  const PlanYear& y = plan.years[0];
  EXPECT_EQ(y.lines.revenue(), eur("40150"));
  EXPECT_EQ(y.break_even.fixed_costs, eur("6360"));
  EXPECT_EQ(y.break_even.contribution_margin, eur("25550"));
  ASSERT_TRUE(y.break_even.revenue.has_value());
  EXPECT_EQ(*y.break_even.revenue, eur("9994.29"));
  ASSERT_TRUE(y.break_even.reached_in.has_value());
  EXPECT_EQ(*y.break_even.reached_in, Date::from_ymd(2026, 8, 1));
  // Year 2 has no subsidy: fixed 8 760 × 11 / 7 = 13 765.714… → 13 765.71.
  EXPECT_EQ(*plan.years[1].break_even.revenue, eur("13765.71"));
  ASSERT_TRUE(plan.first_profitable_month.has_value());
  EXPECT_EQ(*plan.first_profitable_month, 0);
}

// Stock: 14 600 × 30 / 360 = 1 216.666… → 1 216.67; suppliers: purchases
// incl. VAT 17 520 × 30 / 360 = 1 460.00; BFR = 1 216.67 − 1 460 = −243.33.
TEST(CafePlan, WorkingCapitalNeed) {
  const auto plan = tiny_plan();  // named: a reference into a temporary dangles
  const WorkingCapitalNeed& w = plan.years[0].working_capital;
  EXPECT_EQ(w.stock, eur("1216.67"));
  EXPECT_EQ(w.receivables, Money());
  EXPECT_EQ(w.payables, eur("1460"));
  EXPECT_EQ(w.need, eur("-243.33"));
}

// Uses: equipment 6 000 + its VAT 1 200 = 7 200; resources: grant 3 000 +
// loan 12 000 = 15 000; balance 7 800.
TEST(CafePlan, FinancingPlan) {
  const auto plan = tiny_plan();
  const FinancingPlan& f = plan.financing;
  EXPECT_EQ(f.total_uses, eur("7200"));
  EXPECT_EQ(f.total_resources, eur("15000"));
  EXPECT_EQ(f.balance, eur("7800"));
}

TEST(CafePlan, YearlyTotalsAreSumsOfMonths) {
  CafePlan plan = tiny_plan();
  for (const auto& y : plan.years) {
    SigLines sum;
    for (const auto& m : plan.months) {
      if (m.year_index == y.index) sum += m.lines;
    }
    EXPECT_EQ(sum.net_result, y.lines.net_result);
    EXPECT_EQ(sum.caf, y.lines.caf);
  }
}

TEST(CafePlan, CorporateTaxInTheLastMonthOfTheYear) {
  std::string text = testing::tiny_scenario_toml();
  text += "\n[tax]\nregime = \"is\"\n";
  CafePlan plan = compute_cafe_plan(parse_cafe_scenario(text, "tiny.toml"));
  const SigLines& y1 = plan.years[0].lines;
  // 15 % of the profit before tax (all below 42 500 €), booked in May 2027.
  Money before_tax = y1.current_result + y1.exceptional_income;
  EXPECT_EQ(y1.income_tax, before_tax.times(Rational(15, 100), RoundingMode::HalfUp));
  EXPECT_EQ(plan.months[11].lines.income_tax, y1.income_tax);
  EXPECT_EQ(plan.cash[12].income_tax, y1.income_tax);  // paid June 2027
}

}  // namespace
}  // namespace comptoir::forecast
