// What-if edits beyond a driver's value (scenario_edits.hpp): a class's
// share and FTEs moved and checked as the loader checks them, a value moved
// by a percentage (rounded to the cent or the unit), a distribution
// replaced and refused when the file could not hold it, events replaced;
// each edited scenario written and read back is the same scenario.
#include "forecast/scenario_edits.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast_test_support.hpp"

namespace comptoir::forecast {
namespace {

FundingScenario base() {
  return load_funding_scenario(testing::scenario_dir() + "/funding-base.toml");
}

// Written, read back and written again: the same text (so the same scenario).
void expect_round_trip(const FundingScenario& s) {
  const std::string text = write_funding_scenario(s);
  EXPECT_EQ(write_funding_scenario(parse_funding_scenario(text, "edited.toml")), text);
}

TEST(ScenarioEdits, ValuesByKeyAreDriversSharesAndFtes) {
  FundingScenario s = base();
  EXPECT_EQ(scenario_value(s, "funding[2].amount"), Rational(80000));
  EXPECT_EQ(scenario_value(s, "commune_classes[1].share"), Rational(2, 5));
  EXPECT_EQ(scenario_value(s, "staff[2].fte"), Rational(8));
  EXPECT_FALSE(scenario_value(s, "staff[3].fte"));
  EXPECT_FALSE(scenario_value(s, "staff[0].fte"));
  EXPECT_FALSE(scenario_value(s, "commune_classes[1].flags"));

  set_scenario_value(s, "commune_classes[1].share", Rational(3, 10));
  set_scenario_value(s, "staff[1].fte", Rational(19, 2));
  set_scenario_value(s, "funding[2].renewal", Rational(2, 5));
  EXPECT_EQ(s.commune_classes[0].share, Rational(3, 10));
  EXPECT_EQ(s.staff[0].fte, Rational(19, 2));
  expect_round_trip(s);
  const FundingScenario again = parse_funding_scenario(write_funding_scenario(s), "edited.toml");
  EXPECT_EQ(again.staff[0].fte, Rational(19, 2));
  EXPECT_EQ(again.drivers[*again.find_driver("funding[2].renewal")].base, Rational(2, 5));

  // Refused as the loader refuses them; nothing changes.
  EXPECT_THROW(set_scenario_value(s, "commune_classes[1].share", Rational(9, 10)), Error);  // 90 + 15 + 10 > 100
  EXPECT_EQ(s.commune_classes[0].share, Rational(3, 10));
  EXPECT_THROW(set_scenario_value(s, "staff[1].fte", Rational(0)), Error);
  EXPECT_THROW(set_scenario_value(s, "funding[2].renewal", Rational(3, 2)), Error);
  EXPECT_THROW(set_scenario_value(s, "tours[1].margin", Rational(1)), Error);
  EXPECT_THROW(set_scenario_value(s, "funding[12].amount", Rational(0)), Error);  // lognormal
  EXPECT_THROW(set_scenario_value(s, "prestations[1].count", Rational(-1)), Error);
  EXPECT_THROW(set_scenario_value(s, "nothing", Rational(1)), Error);
}

TEST(ScenarioEdits, APercentChangeRoundsAmountsToTheCentAndCountsToTheUnit) {
  EXPECT_EQ(changed_by_percent(Rational(80000), -30, DriverUnit::Amount), Rational(56000));
  EXPECT_EQ(changed_by_percent(parse_rational("2669.47"), 1, DriverUnit::Amount), parse_rational("2696.16"));  // .1647
  EXPECT_EQ(changed_by_percent(parse_rational("0.05"), -50, DriverUnit::Amount), parse_rational("0.03"));  // half up
  EXPECT_EQ(changed_by_percent(Rational(25), 50, DriverUnit::Count), Rational(38));                        // 37.5
  EXPECT_EQ(changed_by_percent(Rational(2, 100), 50, DriverUnit::Rate), Rational(3, 100));
  EXPECT_EQ(changed_by_percent(Rational(80000), -100, DriverUnit::Amount), Rational(0));
  EXPECT_THROW((void)changed_by_percent(Rational(1), -101, DriverUnit::Amount), Error);
  EXPECT_EQ(percent_change(Rational(80000), Rational(56000)), -30);
  EXPECT_EQ(percent_change(Rational(80000), Rational(80399)), 0);
  EXPECT_EQ(percent_change(Rational(80000), Rational(80400)), 1);  // 0.5 % rounds away from zero
  EXPECT_EQ(percent_change(Rational(80000), Rational(79600)), -1);
  EXPECT_EQ(percent_change(Rational(0), Rational(5)), 0);
}

TEST(ScenarioEdits, ADistributionIsReplacedOrRefusedAsTheLoaderWould) {
  FundingScenario s = base();
  const std::size_t region = *s.find_driver("funding[2].amount");
  EXPECT_TRUE(may_be_uncertain(s, region));
  EXPECT_FALSE(may_be_uncertain(s, *s.find_driver("funding[2].renewal")));
  set_distribution(s, region, DistributionKind::Triangular, {Rational(40000), Rational(70000), Rational(90000)});
  EXPECT_EQ(s.drivers[region].base, Rational(70000));
  EXPECT_EQ(s.drivers[region].distribution.kind, DistributionKind::Triangular);
  EXPECT_DOUBLE_EQ(s.drivers[region].distribution.c, 90000.0);
  expect_round_trip(s);
  EXPECT_NE(write_funding_scenario(s).find("min = \"40000.00\", mode = \"70000.00\", max = \"90000.00\""),
            std::string::npos);
  set_distribution(s, region, DistributionKind::Uniform, {Rational(60000), Rational(90000), 0});
  EXPECT_EQ(s.drivers[region].base, Rational(75000));
  set_distribution(s, region, DistributionKind::Fixed, {Rational(80000), 0, 0});
  EXPECT_TRUE(s.drivers[region].distribution.is_fixed());
  expect_round_trip(s);

  const auto refused = [&](DistributionKind kind, std::array<Rational, 3> p) {
    const FundingScenario before = s;
    EXPECT_THROW(set_distribution(s, region, kind, p), Error);
    EXPECT_EQ(write_funding_scenario(s), write_funding_scenario(before));
  };
  refused(DistributionKind::Triangular, {Rational(50), Rational(40), Rational(90)});  // mode < min
  refused(DistributionKind::Triangular, {Rational(50), Rational(50), Rational(50)});  // min = max
  refused(DistributionKind::Uniform, {Rational(90), Rational(60), 0});
  refused(DistributionKind::Normal, {Rational(80000), Rational(-1), 0});
  refused(DistributionKind::LogNormal, {Rational(0), Rational(10), 0});
  refused(DistributionKind::Normal, {Rational(0), Rational(10), 0});  // an uncertain amount of 0
  refused(DistributionKind::Bernoulli, {Rational(1, 2), 0, 0});
  EXPECT_THROW(set_distribution(s, *s.find_driver("funding[2].renewal"), DistributionKind::Normal,
                                {Rational(1, 2), Rational(1, 10), 0}),
               Error);
}

TEST(ScenarioEdits, EventsAreCheckedThenReplaced) {
  FundingScenario s = base();
  FundingEvent leaves;
  leaves.kind = FundingEventKind::FunderLeaves;
  leaves.from = Date::from_ymd(2027, 1, 1);
  leaves.funder = "Kronenbourg";
  FundingEvent slowdown;
  slowdown.from = Date::from_ymd(2026, 3, 1);
  slowdown.to = Date::from_ymd(2026, 9, 30);
  slowdown.factor = Rational(1, 2);
  slowdown.postponed = Rational(7, 10);
  FundingEvent hire;
  hire.kind = FundingEventKind::Staff;
  hire.from = Date::from_ymd(2026, 9, 1);
  hire.entity = "RES";
  hire.fte = Rational(10);
  set_events(s, {leaves, slowdown, hire});
  ASSERT_EQ(s.events.size(), 3U);
  expect_round_trip(s);

  FundingEvent unknown = leaves;
  unknown.funder = "Personne";
  EXPECT_THROW(set_events(s, {unknown}), Error);
  FundingEvent backwards = slowdown;
  backwards.to = Date::from_ymd(2026, 1, 1);
  EXPECT_THROW(set_events(s, {backwards}), Error);
  FundingEvent open_postponed = slowdown;
  open_postponed.to.reset();
  EXPECT_THROW(set_events(s, {open_postponed}), Error);
  FundingEvent nobody = hire;
  nobody.entity = "XYZ";
  EXPECT_THROW(set_events(s, {nobody}), Error);
  EXPECT_EQ(s.events.size(), 3U);  // unchanged by a refusal
}

}  // namespace
}  // namespace comptoir::forecast
