// The co-financing rules, one test each: the issue's example, rule dates,
// eligibility flags, cap scopes, TTC base, priority, date-then-entry order,
// the shipped rules and their parser.
#include "cofinancing/cofinancing_split.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace comptoir {
namespace {

Money eur(const char* text) {
  return Money::parse(text);
}

Commune both_flags() {
  return Commune{"COM-A", "Commune A", {"villages-d-avenir", "fonds-commerce-rural"}};
}

Prestation prestation(std::int64_t id, const char* price, const char* date, const char* commune = "COM-A") {
  Prestation p;
  p.id = id;
  p.commune = commune;
  p.price_ht = eur(price);
  p.vat_rate = Rational(1, 5);
  p.date = Date::parse(date);
  return p;
}

CofinancingRule rule(const char* code, Rational rate, const char* cap, CofinancingCapScope scope, int priority) {
  return CofinancingRule{code,
                         std::string("F-") + code,
                         code,
                         rate,
                         Money::parse(cap),
                         scope,
                         CofinancingBase::ExcludingTax,
                         Date::parse("2025-01-01"),
                         std::nullopt,
                         "",
                         priority};
}

// Amount of the share paid under `rule` ("" = the commune), or -1 cent if absent.
Money share(const CofinancingSplit& split, const std::string& rule_code) {
  for (const auto& s : split.shares) {
    if (s.rule == rule_code) return s.amount;
  }
  return Money::from_cents(-1);
}

TEST(CofinancingSplit, IssueExampleTwoPrestations) {
  CofinancingUsage usage;
  const auto rules = default_cofinancing_rules();
  const auto first = compute_split(prestation(1, "12000", "2025-10-01"), both_flags(), rules, usage);
  EXPECT_EQ(share(first, "BDT"), eur("6000"));
  EXPECT_EQ(share(first, "FCR"), eur("5000"));
  EXPECT_EQ(share(first, ""), eur("1000"));
  EXPECT_FALSE(first.shares[0].cap_reached);
  EXPECT_TRUE(first.shares[1].cap_reached);  // the fund would pay 6,000 but its cap is 5,000
  const auto second = compute_split(prestation(2, "10000", "2025-11-15"), both_flags(), rules, usage);
  EXPECT_EQ(share(second, "BDT"), eur("4000"));
  EXPECT_EQ(share(second, "FCR"), eur("0"));
  EXPECT_EQ(share(second, ""), eur("6000"));
  EXPECT_TRUE(second.shares[0].cap_reached);
  EXPECT_TRUE(second.shares[1].cap_reached);
  EXPECT_EQ(second.total(), eur("10000"));
}

TEST(CofinancingSplit, NoBanqueDesTerritoiresBeforeSeptember2025) {
  CofinancingUsage usage;
  const auto split =
      compute_split(prestation(1, "12000", "2025-08-31"), both_flags(), default_cofinancing_rules(), usage);
  EXPECT_EQ(share(split, "BDT"), Money::from_cents(-1));
  EXPECT_EQ(share(split, ""), eur("12000"));
}

TEST(CofinancingSplit, EligibilityFlagsAreRequired) {
  CofinancingUsage usage;
  const Commune only_fund{"COM-B", "Commune B", {"fonds-commerce-rural"}};
  const auto split =
      compute_split(prestation(1, "8000", "2025-10-01", "COM-B"), only_fund, default_cofinancing_rules(), usage);
  EXPECT_EQ(share(split, "BDT"), Money::from_cents(-1));
  EXPECT_EQ(share(split, "FCR"), eur("5000"));
  EXPECT_EQ(share(split, ""), eur("3000"));
  const Commune none{"COM-C", "Commune C", {}};
  const auto alone =
      compute_split(prestation(2, "8000", "2025-10-01", "COM-C"), none, default_cofinancing_rules(), usage);
  ASSERT_EQ(alone.shares.size(), 1U);
  EXPECT_EQ(alone.shares[0].payer, "COM-C");
}

TEST(CofinancingSplit, RuleWithoutFlagAppliesToEveryCommune) {
  CofinancingUsage usage;
  const Commune none{"COM-C", "Commune C", {}};
  const auto split = compute_split(prestation(1, "100", "2025-10-01", "COM-C"), none,
                                   {rule("R", Rational(1, 3), "1000", CofinancingCapScope::PerCommune, 0)}, usage);
  EXPECT_EQ(share(split, "R"), eur("33.33"));  // rounded down: a funder never pays above its rate
  EXPECT_EQ(share(split, ""), eur("66.67"));
}

TEST(CofinancingSplit, CapsPerCommuneAreSeparatePerCommune) {
  CofinancingUsage usage;
  const std::vector rules{rule("R", Rational(1), "500", CofinancingCapScope::PerCommune, 0)};
  const Commune a{"COM-A", "A", {}};
  const Commune b{"COM-B", "B", {}};
  EXPECT_EQ(share(compute_split(prestation(1, "400", "2025-10-01"), a, rules, usage), "R"), eur("400"));
  EXPECT_EQ(share(compute_split(prestation(2, "400", "2025-10-02"), a, rules, usage), "R"), eur("100"));
  EXPECT_EQ(share(compute_split(prestation(3, "400", "2025-10-03", "COM-B"), b, rules, usage), "R"), eur("400"));
}

TEST(CofinancingSplit, PerPrestationCapResetsForEachPrestation) {
  CofinancingUsage usage;
  const std::vector rules{rule("R", Rational(1), "500", CofinancingCapScope::PerPrestation, 0)};
  const Commune a{"COM-A", "A", {}};
  EXPECT_EQ(share(compute_split(prestation(1, "800", "2025-10-01"), a, rules, usage), "R"), eur("500"));
  EXPECT_EQ(share(compute_split(prestation(2, "800", "2025-10-02"), a, rules, usage), "R"), eur("500"));
}

TEST(CofinancingSplit, PerCommuneYearCapResetsEachCalendarYear) {
  CofinancingUsage usage;
  const std::vector rules{rule("R", Rational(1), "500", CofinancingCapScope::PerCommuneYear, 0)};
  const Commune a{"COM-A", "A", {}};
  EXPECT_EQ(share(compute_split(prestation(1, "400", "2025-10-01"), a, rules, usage), "R"), eur("400"));
  EXPECT_EQ(share(compute_split(prestation(2, "400", "2025-12-31"), a, rules, usage), "R"), eur("100"));
  EXPECT_EQ(share(compute_split(prestation(3, "400", "2026-01-01"), a, rules, usage), "R"), eur("400"));
  EXPECT_EQ(usage.used_by(rules[0], "COM-A", 2025), eur("500"));
  EXPECT_EQ(usage.used_by(rules[0], "COM-A", 2026), eur("400"));
}

TEST(CofinancingSplit, TtcBaseIsBroughtBackToHtExactly) {
  auto r = rule("R", Rational(1, 2), "100000", CofinancingCapScope::PerCommune, 0);
  r.base = CofinancingBase::IncludingTax;
  auto p = prestation(1, "100.01", "2025-10-01");  // TTC 120.01 (VAT 20.002 -> 20.00)
  // 1/2 × 120.01 ÷ 1.2 = 50.004166... -> 50.00 HT
  EXPECT_EQ(cofinancing_entitlement(r, p), eur("50.00"));
  p.price_ht = eur("12000");
  EXPECT_EQ(cofinancing_entitlement(r, p), eur("6000"));
}

TEST(CofinancingSplit, FundersPayInPriorityOrder) {
  CofinancingUsage usage;
  const std::vector rules{rule("LATE", Rational(1), "10000", CofinancingCapScope::PerCommune, 2),
                          rule("FIRST", Rational(3, 4), "10000", CofinancingCapScope::PerCommune, 1)};
  const auto split = compute_split(prestation(1, "1000", "2025-10-01"), Commune{"COM-A", "A", {}}, rules, usage);
  ASSERT_EQ(split.shares.size(), 3U);
  EXPECT_EQ(split.shares[0].rule, "FIRST");
  EXPECT_EQ(split.shares[0].amount, eur("750"));
  EXPECT_EQ(split.shares[1].amount, eur("250"));
  EXPECT_EQ(split.shares[2].amount, eur("0"));
}

TEST(CofinancingSplit, EndedRuleStopsAfterItsLastDay) {
  CofinancingUsage usage;
  auto r = rule("R", Rational(1, 2), "10000", CofinancingCapScope::PerCommune, 0);
  r.valid_to = Date::parse("2025-12-31");
  const Commune a{"COM-A", "A", {}};
  EXPECT_EQ(share(compute_split(prestation(1, "100", "2025-12-31"), a, {r}, usage), "R"), eur("50"));
  EXPECT_EQ(share(compute_split(prestation(2, "100", "2026-01-01"), a, {r}, usage), "R"), Money::from_cents(-1));
}

TEST(CofinancingSplit, CapsAreConsumedInDateThenEntryOrder) {
  CofinancingUsage usage;
  std::vector<Prestation> list{prestation(1, "10000", "2025-11-15"), prestation(2, "12000", "2025-10-01"),
                               prestation(3, "1000", "2025-10-01")};
  const auto splits = compute_splits(list, both_flags(), default_cofinancing_rules(), usage);
  EXPECT_EQ(list[0].id, 2);
  EXPECT_EQ(list[1].id, 3);
  EXPECT_EQ(share(splits[0], "BDT"), eur("6000"));
  EXPECT_EQ(share(splits[1], "BDT"), eur("500"));
  EXPECT_EQ(share(splits[2], "BDT"), eur("3500"));
}

TEST(CofinancingRules, ShippedRules) {
  const auto rules = default_cofinancing_rules();
  ASSERT_EQ(rules.size(), 2U);
  EXPECT_EQ(rules[0].funder_name, "Banque des Territoires");
  EXPECT_EQ(rules[0].rate, Rational(1, 2));
  EXPECT_EQ(rules[0].cap, eur("10000"));
  EXPECT_EQ(rules[0].cap_scope, CofinancingCapScope::PerCommune);
  EXPECT_EQ(rules[0].valid_from, Date::parse("2025-09-01"));
  EXPECT_EQ(rules[0].eligibility_flag, "villages-d-avenir");
  EXPECT_EQ(rules[1].rate, Rational(1));
  EXPECT_EQ(rules[1].cap, eur("5000"));
  EXPECT_EQ(rules[1].eligibility_flag, "fonds-commerce-rural");
  EXPECT_LT(rules[0].priority, rules[1].priority);
}

TEST(CofinancingRules, ParserNamesTheLineAndField) {
  try {
    (void)parse_cofinancing_rules("code;x\nA;F-A;A;2;10;commune;ht;2025-01-01;;;1\n", "rules.csv");
    FAIL() << "a rate above 1 must be refused";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    EXPECT_NE(std::string(e.what()).find("rules.csv:2"), std::string::npos) << e.what();
  }
  EXPECT_THROW((void)parse_cofinancing_rules("A;F-A;A;1/2;10;planet;ht;2025-01-01;;;1\n", "r"), Error);
  EXPECT_THROW((void)parse_cofinancing_rules("A;F-A;A;1/2;10;commune;ht;2025-01-01;;;x\n", "r"), Error);
}

}  // namespace
}  // namespace comptoir
