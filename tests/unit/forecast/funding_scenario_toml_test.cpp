// Reading funding scenarios: the shipped files parse, and each kind of bad
// file is refused with a message naming the file, the line and the key.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast_test_support.hpp"
#include "funding_test_support.hpp"

namespace comptoir::forecast {
namespace {

std::string error_of(const std::string& text) {
  try {
    (void)parse_funding_scenario(text, "bad.toml");
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    return e.what();
  }
  ADD_FAILURE() << "accepted:\n" << text;
  return "";
}

TEST(FundingScenarioToml, ShippedScenariosParse) {
  for (const char* name : {"funding-base", "funding-election-2026", "funding-sponsor-leaves"}) {
    const FundingScenario s = load_funding_scenario(testing::scenario_dir() + "/" + name + ".toml");
    EXPECT_EQ(s.base_year, 2025) << name;
    EXPECT_EQ(s.years, 5) << name;
    EXPECT_EQ(s.prestations.size(), 4U) << name;
    EXPECT_EQ(s.runs, 10000) << name;
  }
  const FundingScenario s = load_funding_scenario(testing::scenario_dir() + "/funding-sponsor-leaves.toml");
  EXPECT_EQ(s.tours.size(), 3U);
  ASSERT_EQ(s.events.size(), 2U);
  EXPECT_EQ(s.events[0].kind, FundingEventKind::FunderLeaves);
}

TEST(FundingScenarioToml, DriversTakeNumbersOrDistributions) {
  const FundingScenario s = parse_funding_scenario(testing::scenario_head() + R"(
inflation = "2%"
[[prestations]]
type = "recruitment"
count = { dist = "triangular", min = 10, mode = 20, max = 40 }
price = { dist = "uniform", min = "1000", max = "2000" }
[[funding]]
entity = "RES"
category = "private-aid"
funder = "F"
amount = { dist = "lognormal", mean = "1000", sd = "100" }
end = 2026-12-31
renewal = "60%"
)",
                                                   "ok.toml");
  ASSERT_EQ(s.prestations.size(), 1U);
  EXPECT_EQ(s.drivers[s.inflation].base, Rational(1, 50));
  EXPECT_TRUE(s.drivers[s.inflation].distribution.is_fixed());
  EXPECT_EQ(s.drivers[s.prestations[0].count].base, 20);    // the mode
  EXPECT_EQ(s.drivers[s.prestations[0].price].base, 1500);  // the mean
  EXPECT_EQ(s.drivers[s.prestations[0].count].key, "prestations[1].count");
  ASSERT_TRUE(s.funding[0].renewal.has_value());
  const Driver& renewal = s.drivers[*s.funding[0].renewal];
  EXPECT_EQ(renewal.distribution.kind, DistributionKind::Bernoulli);
  EXPECT_EQ(renewal.base, Rational(3, 5));
}

TEST(FundingScenarioToml, UnknownKeyNamesKeyAndLine) {
  EXPECT_EQ(
      error_of(testing::scenario_head() + "colour = \"blue\"\n"),
      "bad.toml:4: key 'colour': unknown key (expected one of: name, base_year, years, inflation, own_categories, "
      "prestations, commune_classes, tours, funding, staff, events, interco, cash, monte_carlo)");
}

TEST(FundingScenarioToml, MissingKey) {
  EXPECT_EQ(error_of("name = \"x\"\nyears = 3\n"), "bad.toml:1: key 'base_year': missing (required at the top level)");
  EXPECT_NE(error_of(testing::scenario_head() + "[[prestations]]\ntype = \"recruitment\"\ncount = 3\n")
                .find("key 'prestations[1].price': missing"),
            std::string::npos);
}

TEST(FundingScenarioToml, WrongTypeOrRange) {
  EXPECT_EQ(error_of("name = \"x\"\nbase_year = 2025\nyears = 9\n"),
            "bad.toml:3: key 'years': 9 is out of range (3 to 5)");
  EXPECT_EQ(error_of(testing::scenario_head() + "inflation = true\n"),
            "bad.toml:4: key 'inflation': expected a rate (\"5.5%\", \"0.68\" or a number), got a boolean");
  EXPECT_EQ(error_of(testing::scenario_head() + "inflation = \"-2%\"\n"),
            "bad.toml:4: key 'inflation': value -2% must not be negative");
}

TEST(FundingScenarioToml, BadDistributions) {
  EXPECT_EQ(error_of(testing::scenario_head() + "inflation = { dist = \"triangular\", min = 3, mode = 1, max = 2 }\n"),
            "bad.toml:4: key 'inflation': expected min <= mode <= max and min < max");
  EXPECT_NE(error_of(testing::scenario_head() + "inflation = { dist = \"cauchy\", mean = 1 }\n")
                .find("bad.toml:4: key 'inflation.dist': unknown distribution 'cauchy'"),
            std::string::npos);
  EXPECT_NE(error_of(testing::scenario_head() + "inflation = { dist = \"normal\", mean = 1, min = 0 }\n")
                .find("bad.toml:4: key 'inflation.min': unknown key"),
            std::string::npos);
}

TEST(FundingScenarioToml, BadDriversAndEvents) {
  const std::string funding =
      "[[funding]]\nentity = \"RES\"\ncategory = \"private-aid\"\nfunder = \"F\"\namount = 10\n";
  EXPECT_EQ(error_of(testing::scenario_head() + funding + "renewal = \"50%\"\n"),
            "bad.toml:9: key 'funding[1].renewal': a renewal needs an 'end' date");
  EXPECT_EQ(error_of(testing::scenario_head() + funding + "end = 2026-12-31\nrenewal = \"150%\"\n"),
            "bad.toml:10: key 'funding[1].renewal': a probability cannot exceed 100 %");
  EXPECT_EQ(error_of(testing::scenario_head() + funding +
                     "[[events]]\nkind = \"funder-leaves\"\nfrom = 2026-01-01\nfunder = \"G\"\n"),
            "bad.toml:12: key 'events[1].funder': no [[funding]] has funder 'G'");
  EXPECT_EQ(error_of(testing::scenario_head() + "[[events]]\nkind = \"war\"\nfrom = 2026-01-01\n"),
            "bad.toml:5: key 'events[1].kind': unknown event kind 'war' (prestations, funder-leaves, staff)");
  EXPECT_EQ(error_of(testing::scenario_head() +
                     "[[tours]]\nname = \"T\"\ndates = 3\ntakings_per_date = 10\nmargin = \"100%\"\n"),
            "bad.toml:8: key 'tours[1].margin': a margin rate must be below 100 %");
  EXPECT_EQ(error_of(testing::scenario_head() + "[[prestations]]\ntype = \"party\"\ncount = 1\nprice = 1\n"),
            "bad.toml:5: key 'prestations[1].type': unknown prestation type 'party' (feasibility, recruitment, "
            "opening-support, operation-support)");
  EXPECT_EQ(error_of(testing::scenario_head() + "[[commune_classes]]\nflags = [\"a\"]\nshare = \"70%\"\n"
                                                "[[commune_classes]]\nflags = [\"b\"]\nshare = \"40%\"\n"),
            "bad.toml:9: key 'commune_classes[2].share': the classes' shares add up to more than 100 %");
}

TEST(FundingScenarioToml, SyntaxErrorNamesTheLine) {
  EXPECT_NE(error_of(testing::scenario_head() + "inflation = = 2\n").find("bad.toml:4: TOML syntax error"),
            std::string::npos);
}

TEST(FundingScenarioToml, UnreadableFile) {
  EXPECT_THROW((void)load_funding_scenario("/nonexistent/funding.toml"), Error);
}

// A what-if edit moves a driver's base and shifts its distribution with it:
// same shape and spread around the new value; a fixed driver takes it.
TEST(FundingScenarioToml, SetDriverShiftsTheDistributionWithTheBase) {
  FundingScenario s = load_funding_scenario(testing::scenario_dir() + "/funding-base.toml");
  const auto count = s.find_driver("prestations[1].count");
  ASSERT_TRUE(count.has_value());
  EXPECT_EQ(s.drivers[*count].base, Rational(21));
  s.set_driver(*count, Rational(25));
  const Driver& d = s.drivers[*count];
  EXPECT_EQ(d.base, Rational(25));
  EXPECT_EQ(d.distribution.kind, DistributionKind::Triangular);
  EXPECT_DOUBLE_EQ(d.distribution.a, 19);  // 15..21..30 becomes 19..25..34
  EXPECT_DOUBLE_EQ(d.distribution.b, 25);
  EXPECT_DOUBLE_EQ(d.distribution.c, 34);

  const auto price = s.find_driver("prestations[1].price");
  ASSERT_TRUE(price.has_value());
  s.set_driver(*price, Rational(3500));
  EXPECT_TRUE(s.drivers[*price].distribution.is_fixed());
  EXPECT_DOUBLE_EQ(s.drivers[*price].distribution.a, 3500);
  EXPECT_EQ(s.base_values()[*price], Rational(3500));

  EXPECT_FALSE(s.find_driver("nowhere").has_value());
  EXPECT_THROW(s.set_driver(*count, Rational(-1)), Error);
  EXPECT_THROW(s.set_driver(s.drivers.size(), Rational(1)), Error);
}

}  // namespace
}  // namespace comptoir::forecast
