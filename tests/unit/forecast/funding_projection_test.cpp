// The deterministic funding-mix projection: the base year is the actuals,
// drivers project hand-checkable amounts, co-financing follows the rules,
// interco is eliminated from the combined view, events shift drivers.
#include "forecast/funding_projection.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast_test_support.hpp"
#include "funding_test_support.hpp"

namespace comptoir::forecast {
namespace {

Money euros(const char* text) {
  return Money::parse(text);
}

FundingProjection project(const std::string& body, const std::vector<CofinancingRule>& rules = {}) {
  return project_funding(parse_funding_scenario(testing::scenario_head() + body, "t.toml"), testing::demo_actuals(),
                         rules);
}

Money amount(const std::vector<ActualLine>& lines, const std::string& code) {
  for (const auto& l : lines) {
    if (l.code == code) return l.amount;
  }
  return Money();
}

TEST(FundingProjection, BaseYearIsTheActuals) {
  const auto actuals = testing::demo_actuals();
  const auto p = project_funding(load_funding_scenario(testing::scenario_dir() + "/funding-base.toml"), actuals,
                                 default_cofinancing_rules());
  ASSERT_EQ(p.scopes.size(), 3U);
  for (std::size_t s = 0; s < 3; ++s) {
    const EntityActuals& a = s < 2 ? actuals.entities[s] : actuals.combined;
    const ScopeYear& y = p.scopes[s].years.front();
    EXPECT_TRUE(y.actual);
    EXPECT_EQ(y.year, 2025);
    EXPECT_EQ(y.total_resources, a.total_resources());
    EXPECT_EQ(y.total_expenses, a.total_expenses());
    EXPECT_EQ(y.year_end_cash, a.year_end_cash);
    ASSERT_EQ(y.resources.size(), a.resources.size());
    for (std::size_t i = 0; i < a.resources.size(); ++i) EXPECT_EQ(y.resources[i].amount, a.resources[i].amount);
    EXPECT_EQ(p.scopes[s].years.size(), 6U);
  }
  EXPECT_EQ(p.scope("ALL").years.front().result(), euros("-2024"));
  EXPECT_EQ(p.scope("AT").years.front().own_resources, euros("420080"));  // Guinguette sales + prestations
}

TEST(FundingProjection, CategoriesWithoutDriversCarryForward) {
  const auto p = project("inflation = \"10%\"\n");
  const ScopeYear& at1 = p.scope("AT").years[1];
  EXPECT_EQ(amount(at1.resources, "public-subsidies"), euros("256320"));             // flat
  EXPECT_EQ(amount(at1.expenses, "overheads"), euros("177100"));                     // 161,000 × 1.1
  EXPECT_EQ(amount(p.scope("AT").years[2].expenses, "overheads"), euros("194810"));  // × 1.1²
  EXPECT_EQ(amount(at1.expenses, "payroll"), euros("462000"));
  // Cash moves by the result.
  EXPECT_EQ(at1.year_end_cash, euros("150000") + at1.result());
  EXPECT_EQ(p.scope("AT").years[2].year_end_cash, at1.year_end_cash + p.scope("AT").years[2].result());
}

TEST(FundingProjection, StaffAndIntercoAnchorOnPayroll) {
  const auto p = project(R"(
[[staff]]
entity = "AT"
fte = 8
cost_growth = "5%"
[[events]]
kind = "staff"
from = 2027-01-01
entity = "AT"
fte = 10
[interco]
annual = "48000"
)");
  // AT payroll: (420,000 - 48,000 interco) × 1.05 + 48,000 interco.
  EXPECT_EQ(amount(p.scope("AT").years[1].expenses, "payroll"), euros("438600"));
  // 2027: 372,000 × 10/8 × 1.05² + 48,000.
  EXPECT_EQ(amount(p.scope("AT").years[2].expenses, "payroll"), euros("560662.50"));
  EXPECT_EQ(amount(p.scope("RES").years[1].resources, "recharges"), euros("48000"));
  // Combined: interco out of both sides.
  EXPECT_EQ(amount(p.scope("ALL").years[1].resources, "recharges"), Money());
  EXPECT_EQ(amount(p.scope("ALL").years[1].expenses, "payroll"), euros("390600") + euros("361000"));
}

TEST(FundingProjection, FundingEndsUnlessRenewedAndFundersLeave) {
  const auto p = project(R"(
[[funding]]
entity = "RES"
category = "private-aid"
funder = "Kept"
amount = "120000"
end = 2026-06-30
renewal = "50%"
[[funding]]
entity = "RES"
category = "private-aid"
funder = "Lapsed"
amount = "24000"
end = 2026-06-30
renewal = "49%"
[[funding]]
entity = "RES"
category = "private-aid"
funder = "Leaving"
amount = "12000"
[[events]]
kind = "funder-leaves"
from = 2026-10-01
funder = "Leaving"
)");
  const auto& res = p.scope("RES").years;
  // 120,000 + 24,000 / 2 (six months) + 12,000 × 9/12; then 120,000 alone.
  EXPECT_EQ(amount(res[1].resources, "private-aid"), euros("141000"));
  EXPECT_EQ(amount(res[2].resources, "private-aid"), euros("120000"));
  EXPECT_EQ(res[2].largest_funder, "Kept");
  EXPECT_EQ(res[1].largest_funder_amount, euros("120000"));
}

TEST(FundingProjection, PrestationsSplitByTheCofinancingRules) {
  const std::string body = R"(
[[prestations]]
type = "feasibility"
count = 12
price = "3000"
[[commune_classes]]
flags = ["villages-d-avenir"]
share = "50%"
)";
  const auto p = project(body, default_cofinancing_rules());
  const ScopeYear& y = p.scope("AT").years[1];
  EXPECT_EQ(amount(y.resources, "prestations"), euros("36000"));
  // Half the communes are Villages d'avenir: BDT pays 50 % of their half.
  EXPECT_EQ(y.largest_funder, "Banque des Territoires");
  EXPECT_EQ(y.largest_funder_amount, euros("9000"));
  // Own resources: Guinguette sales carried forward + prestations, co-financed or not.
  EXPECT_EQ(y.own_resources, euros("220720") + euros("36000"));
  // Without rules, communes pay everything and no funder is named.
  EXPECT_EQ(project(body).scope("AT").years[1].largest_funder, "");
}

// A pool of two Villages d'avenir communes buys 12 studies of 3,000 a year:
// each commune 18,000 a year, of which BDT would pay half, 9,000, but at
// most 10,000 per commune over all its prestations, whatever the year.
constexpr const char* pooled_studies = R"(
[[prestations]]
type = "feasibility"
count = 12
price = "3000"
[[commune_classes]]
flags = ["villages-d-avenir"]
share = "100%"
communes = 2
)";

Money bdt(const ScopeYear& y) {
  return y.largest_funder == "Banque des Territoires" ? y.largest_funder_amount : Money();
}

TEST(FundingProjection, PerCommuneCapsAccumulateAcrossTheYears) {
  const auto p = project(pooled_studies, default_cofinancing_rules());
  const auto& at = p.scope("AT").years;
  EXPECT_EQ(bdt(at[1]), euros("18000"));  // 2 × 9,000
  EXPECT_EQ(bdt(at[2]), euros("2000"));   // 2 × what is left of 10,000
  EXPECT_EQ(bdt(at[3]), Money());         // both communes at their cap
  EXPECT_EQ(at[1].cofinancing, euros("18000"));
  EXPECT_EQ(at[2].cofinancing, euros("2000"));
  EXPECT_EQ(at[3].cofinancing, Money());
  // The communes pay the rest: prestations stay 36,000 a year.
  EXPECT_EQ(amount(at[3].resources, "prestations"), euros("36000"));
}

TEST(FundingProjection, TheBaseYearsUsageFromTheBookCounts) {
  auto actuals = testing::demo_actuals();
  // COM-A used its whole cap in 2025; COM-B 4,000 of it.
  actuals.communes.push_back({"COM-A", {"villages-d-avenir"}, {{"BDT", euros("10000")}}});
  actuals.communes.push_back({"COM-B", {"villages-d-avenir", "other-flag"}, {{"BDT", euros("4000")}}});
  const auto p = project_funding(parse_funding_scenario(testing::scenario_head() + pooled_studies, "t.toml"), actuals,
                                 default_cofinancing_rules());
  const auto& at = p.scope("AT").years;
  // COM-A gets nothing more; COM-B has 6,000 left, reached in 2026.
  EXPECT_EQ(bdt(at[1]), euros("6000"));
  EXPECT_EQ(bdt(at[2]), Money());
  // A third commune joins the pool when the scenario says 3: 18,000 each a
  // year, BDT 9,000 + 1,000 the next year for the new one.
  const std::string three =
      std::string(pooled_studies).replace(std::string(pooled_studies).find("communes = 2"), 12, "communes = 3");
  const auto q = project_funding(parse_funding_scenario(testing::scenario_head() + three, "t.toml"), actuals,
                                 default_cofinancing_rules());
  EXPECT_EQ(bdt(q.scope("AT").years[1]), euros("6000") + euros("6000"));  // COM-B 6,000; new: 12,000 × 1/2
  EXPECT_EQ(bdt(q.scope("AT").years[2]), euros("4000"));                  // the new one's last 4,000
}

TEST(FundingProjection, AYearlyCapStartsAgainEachJanuary) {
  const auto rules = parse_cofinancing_rules(
      "Y;F-Y;Fonds annuel;1/2;2000.00;commune-year;ht;2025-01-01;;villages-d-avenir;1\n", "rules.csv");
  const auto p = project(pooled_studies, rules);
  for (std::size_t k = 1; k <= 3; ++k) EXPECT_EQ(p.scope("AT").years[k].largest_funder_amount, euros("4000"));
}

// Year-end cash of AT with `timed` minus the same scenario paid at once.
std::vector<Money> cash_gap(const std::string& timed, const std::string& at_once) {
  const auto a = project(timed, default_cofinancing_rules()).scope("AT").years;
  const auto b = project(at_once, default_cofinancing_rules()).scope("AT").years;
  std::vector<Money> gap;
  for (std::size_t k = 0; k < a.size(); ++k) {
    EXPECT_EQ(a[k].result(), b[k].result());  // timing moves cash, never the result
    gap.push_back(a[k].year_end_cash - b[k].year_end_cash);
  }
  return gap;
}

TEST(FundingProjection, AGrantCalledInDecemberIsReceivedInMarch) {
  const std::string grant = R"(
[[funding]]
entity = "AT"
category = "public-subsidies"
funder = "Région"
amount = "12000"
from = 2026-01-01
months = [12]
)";
  const auto gap = cash_gap(grant + "payment_days = 90\n", grant);
  // Each December's tranche is still due at year end: 12,000 less cash.
  EXPECT_EQ(gap, (std::vector<Money>{Money(), euros("-12000"), euros("-12000"), euros("-12000")}));
  const auto p = project(grant + "payment_days = 90\n");
  const auto& at = p.scope("AT").years;
  EXPECT_EQ(at[1].year_end_cash, at[0].year_end_cash + at[1].result() - euros("12000"));
}

TEST(FundingProjection, ARunningGrantPaysItsLastTranchesAfterItEnds) {
  const std::string grant = R"(
[[funding]]
entity = "AT"
category = "public-subsidies"
funder = "Région"
amount = "120000"
end = 2026-12-31
renewal = "0%"
)";
  // Running since before 2026: October to December 2025 arrive in 2026 as
  // October to December 2026 arrive in 2027, after the grant ended.
  const auto gap = cash_gap(grant + "payment_days = 90\n", grant);
  EXPECT_EQ(gap, (std::vector<Money>{Money(), Money(), euros("30000"), euros("30000")}));
}

TEST(FundingProjection, CommunesPayPrestationsAtTheirTerms) {
  const std::string sales = R"(
[[prestations]]
type = "recruitment"
count = 12
price = "1000"
price_growth = "10%"
)";
  // 45 days: a month's sales arrive half the next month, half the month
  // after. Prices grow from the first projected year: 1,100 a month in
  // 2026, as taken for 2025; in 2027 (1,210 a month) January gets 1,100,
  // February 1,155: 1.5 × 110 = 165 more are due at the end of 2027, and
  // 165 + 1.5 × 121 = 346.50 at the end of 2028 (1,331 a month).
  const auto gap = cash_gap(sales + "[cash]\nprestation_days = 45\n", sales);
  EXPECT_EQ(gap, (std::vector<Money>{Money(), Money(), euros("-165"), euros("-346.50")}));
}

TEST(FundingProjection, ElectionPostponesPrestations) {
  const std::string base = "[[prestations]]\ntype = \"recruitment\"\ncount = 12\nprice = \"1000\"\n";
  const auto p = project(base + R"(
[[events]]
kind = "prestations"
from = 2026-01-01
to = 2026-06-30
factor = "50%"
postponed = "100%"
postpone_months = 12
)");
  // Jan-Jun: 3 lost, all sold Jul 2026 - Jun 2027: 1.5 more in 2026, 1.5 in 2027.
  EXPECT_EQ(amount(p.scope("AT").years[1].resources, "prestations"), euros("10500"));
  EXPECT_EQ(amount(p.scope("AT").years[2].resources, "prestations"), euros("13500"));
  EXPECT_EQ(amount(p.scope("AT").years[3].resources, "prestations"), euros("12000"));
}

TEST(FundingProjection, ToursSellInSeasonAndBuyAtTheMargin) {
  const auto p = project(R"(
[[tours]]
name = "Nouvelle"
dates = 10
takings_per_date = "1000"
margin = "60%"
from = 2027-07-01
)");
  const auto& at = p.scope("AT").years;
  EXPECT_EQ(amount(at[1].resources, "activity-sales"), Money());
  EXPECT_EQ(amount(at[2].resources, "activity-sales"), euros("6000"));  // July-September: 3 of 5 months
  EXPECT_EQ(amount(at[2].expenses, "purchases"), euros("2400"));
  EXPECT_EQ(amount(at[3].resources, "activity-sales"), euros("10000"));
}

TEST(FundingProjection, RefusesAnEntityWithoutActualsAndAWrongYear) {
  EXPECT_THROW(project("[[staff]]\nentity = \"XYZ\"\nfte = 1\n"), Error);
  FundingScenario s = parse_funding_scenario(testing::scenario_head(), "t.toml");
  s.base_year = 2024;
  EXPECT_THROW((void)project_funding(s, testing::demo_actuals(), {}), Error);
}

}  // namespace
}  // namespace comptoir::forecast
