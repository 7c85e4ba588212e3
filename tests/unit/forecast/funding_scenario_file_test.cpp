// Writing funding scenarios back: a scenario written and read again is the
// same scenario (same text when written again, same projection and Monte
// Carlo to the cent), also after what-if edits; a variant written holds
// only what differs from its base and reads back as the edited scenario.
#include <gtest/gtest.h>

#include <fstream>

#include "core/error.hpp"
#include "forecast/funding_projection.hpp"
#include "forecast/monte_carlo.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast_test_support.hpp"
#include "funding_test_support.hpp"
#include "support/temp_dir.hpp"

namespace comptoir::forecast {
namespace {

// Every year of every scope: the deterministic figures and a small Monte Carlo's bands.
void expect_same_series(const FundingScenario& a, const FundingScenario& b) {
  const auto actuals = testing::demo_actuals();
  const auto rules = default_cofinancing_rules();
  const auto pa = project_funding(a, actuals, rules);
  const auto pb = project_funding(b, actuals, rules);
  ASSERT_EQ(pa.scopes.size(), pb.scopes.size());
  for (std::size_t s = 0; s < pa.scopes.size(); ++s) {
    ASSERT_EQ(pa.scopes[s].years.size(), pb.scopes[s].years.size());
    for (std::size_t y = 0; y < pa.scopes[s].years.size(); ++y) {
      const ScopeYear& x = pa.scopes[s].years[y];
      const ScopeYear& z = pb.scopes[s].years[y];
      EXPECT_EQ(x.total_resources, z.total_resources) << pa.scopes[s].scope << " " << x.year;
      EXPECT_EQ(x.total_expenses, z.total_expenses) << pa.scopes[s].scope << " " << x.year;
      EXPECT_EQ(x.year_end_cash, z.year_end_cash) << pa.scopes[s].scope << " " << x.year;
      EXPECT_EQ(x.own_resources, z.own_resources) << pa.scopes[s].scope << " " << x.year;
    }
  }
  const MonteCarloOptions options{300, 7, 2, Money::parse("50000")};
  const auto ma = run_monte_carlo(a, actuals, rules, options);
  const auto mb = run_monte_carlo(b, actuals, rules, options);
  for (std::size_t s = 0; s < ma.scopes.size(); ++s) {
    for (std::size_t y = 0; y < ma.scopes[s].years.size(); ++y) {
      const auto& x = ma.scopes[s].years[y];
      const auto& z = mb.scopes[s].years[y];
      EXPECT_EQ(x.result.p5, z.result.p5);
      EXPECT_EQ(x.result.p50, z.result.p50);
      EXPECT_EQ(x.cash.p95, z.cash.p95);
      EXPECT_EQ(x.deficits, z.deficits);
    }
  }
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string error_of(const std::string& path) {
  try {
    (void)load_funding_scenario(path);
  } catch (const Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "accepted: " << path;
  return "";
}

TEST(FundingScenarioFile, ShippedScenariosWrittenAndReadAreTheSame) {
  for (const char* name : {"funding-base", "funding-election-2026", "funding-sponsor-leaves"}) {
    const FundingScenario s = load_funding_scenario(testing::scenario_dir() + "/" + name + ".toml");
    const std::string text = write_funding_scenario(s);
    const FundingScenario again = parse_funding_scenario(text, "written.toml");
    EXPECT_EQ(write_funding_scenario(again), text) << name;
    EXPECT_EQ(again.drivers.size(), s.drivers.size()) << name;
    EXPECT_EQ(again.events.size(), s.events.size()) << name;
    EXPECT_TRUE(again.base_file.empty()) << name;
    expect_same_series(s, again);
  }
}

TEST(FundingScenarioFile, EditedDriversAreWrittenExactly) {
  FundingScenario s = load_funding_scenario(testing::scenario_dir() + "/funding-base.toml");
  s.set_driver(*s.find_driver("inflation"), Rational(35, 1000));
  s.set_driver(*s.find_driver("prestations[1].count"), Rational(30));
  s.set_driver(*s.find_driver("tours[1].takings_per_date"), Rational(1, 3));  // no exact decimal
  s.set_driver(*s.find_driver("funding[1].renewal"), Rational(2, 3));
  const std::string text = write_funding_scenario(s);
  EXPECT_NE(text.find("inflation = { dist = \"triangular\", min = \"2.5%\", mode = \"3.5%\", max = \"5.5%\" }"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("count = { dist = \"triangular\", min = 24, mode = 30, max = 39 }"), std::string::npos);
  EXPECT_NE(text.find("renewal = \"2/3\""), std::string::npos);
  const FundingScenario again = parse_funding_scenario(text, "edited.toml");
  for (std::size_t i = 0; i < s.drivers.size(); ++i) {
    EXPECT_EQ(again.drivers[i].base, s.drivers[i].base) << s.drivers[i].key;
    EXPECT_EQ(again.drivers[i].parameters, s.drivers[i].parameters) << s.drivers[i].key;
  }
  expect_same_series(s, again);
}

// A variant over a base in a folder: what it changes, what it adds, and a
// change of the base moving it.
class FundingVariant : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir.file("base.toml"), testing::scenario_head() + R"(inflation = "2%"
[[prestations]]
type = "recruitment"
count = { dist = "normal", mean = 38, sd = 6 }
price = "1400.00"
[[funding]]
entity = "RES"
category = "private-aid"
funder = "Kronenbourg"
amount = "60000.00"
end = 2026-12-31
renewal = "60%"
[[funding]]
entity = "AT"
category = "private-aid"
funder = "Kronenbourg"
amount = "1000.00"
[monte_carlo]
runs = 500
seed = 3
)");
    write_file(dir.file("variant.toml"), R"(base = "base.toml"
name = "Sans Kronenbourg RES"
[[funding]]
entity = "RES"
funder = "Kronenbourg"
renewal = "0%"
[[prestations]]
type = "recruitment"
count = 30
[[events]]
kind = "prestations"
from = 2026-01-01
factor = "90%"
[monte_carlo]
seed = 4
)");
  }
  test::TempDir dir{"funding-variant"};
};

TEST_F(FundingVariant, LoadingMergesTheBaseThenTheVariant) {
  const FundingScenario v = load_funding_scenario(dir.file("variant.toml"));
  EXPECT_EQ(v.name, "Sans Kronenbourg RES");
  EXPECT_EQ(v.base_year, 2025);
  EXPECT_EQ(v.base_file, dir.file("base.toml"));
  ASSERT_EQ(v.funding.size(), 2U);  // matched by entity and funder: none added
  EXPECT_EQ(v.drivers[*v.funding[0].renewal].base, 0);
  EXPECT_EQ(v.drivers[v.funding[0].amount].base, 60000);  // kept from the base
  EXPECT_EQ(v.drivers[v.funding[1].amount].base, 1000);
  ASSERT_EQ(v.prestations.size(), 1U);
  EXPECT_EQ(v.drivers[v.prestations[0].count].base, 30);
  EXPECT_TRUE(v.drivers[v.prestations[0].count].distribution.is_fixed());  // a value replaces the distribution
  EXPECT_EQ(v.events.size(), 1U);
  EXPECT_EQ(v.runs, 500);  // [monte_carlo] merged key by key
  EXPECT_EQ(v.seed, 4U);
  EXPECT_EQ(variant_driver_keys(v, load_funding_scenario(dir.file("base.toml"))),
            (std::set<std::string>{"funding[1].renewal", "prestations[1].count"}));

  // A change to the base moves the variant.
  std::string base = read_file(dir.file("base.toml"));
  base.replace(base.find("60000.00"), 8, "65000.00");
  write_file(dir.file("base.toml"), base);
  const FundingScenario moved = load_funding_scenario(dir.file("variant.toml"));
  EXPECT_EQ(moved.drivers[moved.funding[0].amount].base, 65000);
}

TEST_F(FundingVariant, SavingWritesOnlyWhatDiffersAndReadsBack) {
  FundingScenario v = load_funding_scenario(dir.file("variant.toml"));
  v.set_driver(*v.find_driver("inflation"), Rational(3, 100));
  std::filesystem::create_directory(dir.path() / "elsewhere");
  const std::string saved = dir.file("elsewhere/mine.toml");
  save_funding_scenario(v, saved);
  const std::string text = read_file(saved);
  EXPECT_NE(text.find("base = \"../base.toml\"\n"), std::string::npos) << text;
  EXPECT_NE(text.find("inflation = \"3%\"\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("60000"), std::string::npos) << text;  // the base's, unchanged
  EXPECT_EQ(text.find("price"), std::string::npos) << text;
  EXPECT_NE(text.find("[[funding]]\nentity = \"RES\"\nfunder = \"Kronenbourg\"\nrenewal = \"0%\"\n"), std::string::npos)
      << text;
  const FundingScenario again = load_funding_scenario(saved);
  EXPECT_EQ(write_funding_scenario(again), write_funding_scenario(v));
  expect_same_series(v, again);
  const auto keys = variant_driver_keys(again, load_funding_scenario(dir.file("base.toml")));
  EXPECT_EQ(keys.count("inflation"), 1U);
  EXPECT_EQ(keys.count("prestations[1].price"), 0U);

  // Written over, the file keeps the comment that opens it.
  write_file(saved, "# Mine: more inflation.\n# Second line.\n" + text.substr(text.find('\n') + 1));
  save_funding_scenario(v, saved);
  EXPECT_EQ(read_file(saved).rfind("# Mine: more inflation.\n# Second line.\nbase = ", 0), 0U) << read_file(saved);

  // Back to the base's value: no longer the variant's.
  v.set_driver(*v.find_driver("inflation"), Rational(2, 100));
  EXPECT_EQ(variant_driver_keys(v, load_funding_scenario(dir.file("base.toml"))).count("inflation"), 0U);
  EXPECT_THROW(save_funding_scenario(v, dir.file("base.toml")), Error);  // over its own base
}

// Two elements of one identity (a funder's subsidy and its aid): the
// variant's first changes the base's first, its second the second.
TEST_F(FundingVariant, ElementsOfOneIdentityPairInOrder) {
  FundingScenario base = load_funding_scenario(dir.file("base.toml"));
  base.funding[1].entity = "RES";  // two Kronenbourg sources of RES
  base.funding[1].category = "public-generosity";
  write_file(dir.file("twins.toml"), write_funding_scenario(base));
  FundingScenario twin = load_funding_scenario(dir.file("twins.toml"));
  twin.set_driver(twin.funding[1].amount, Rational(2000));
  twin.base_file = dir.file("twins.toml");
  const std::string text = write_funding_variant(twin, base, "twins.toml");
  EXPECT_NE(text.find("funder = \"Kronenbourg\"\namount = \"2000.00\""), std::string::npos) << text;
  write_file(dir.file("twin-variant.toml"), text);
  const FundingScenario again = load_funding_scenario(dir.file("twin-variant.toml"));
  EXPECT_EQ(again.drivers[again.funding[0].amount].base, 60000);
  EXPECT_EQ(again.drivers[again.funding[1].amount].base, 2000);
}

// A variant opened, then its base changed on disk, then the variant saved:
// told from the base it was read with, the base's change is not written
// into the variant, which follows the base from then on.
TEST_F(FundingVariant, SavingAfterTheBaseChangedKeepsTheBasesChange) {
  const FundingScenario base_then = load_funding_scenario(dir.file("base.toml"));
  FundingScenario v = load_funding_scenario(dir.file("variant.toml"));
  std::string base = read_file(dir.file("base.toml"));
  base.replace(base.find("1400.00"), 7, "1500.00");
  write_file(dir.file("base.toml"), base);
  v.set_driver(*v.find_driver("inflation"), Rational(3, 100));
  save_funding_scenario(v, dir.file("variant.toml"), &base_then);
  EXPECT_EQ(read_file(dir.file("variant.toml")).find("price"), std::string::npos)
      << read_file(dir.file("variant.toml"));
  const FundingScenario again = load_funding_scenario(dir.file("variant.toml"));
  EXPECT_EQ(again.drivers[again.prestations[0].price].base, 1500);  // the base's, as it is now
  EXPECT_EQ(again.drivers[again.inflation].base, Rational(3, 100));
  EXPECT_EQ(again.drivers[again.prestations[0].count].base, 30);  // the variant's own, kept
}

TEST_F(FundingVariant, AVariantCannotRemoveWhatItsBaseHas) {
  FundingScenario v = load_funding_scenario(dir.file("variant.toml"));
  const FundingScenario base = load_funding_scenario(dir.file("base.toml"));
  v.funding.pop_back();
  try {
    (void)write_funding_variant(v, base, "base.toml");
    ADD_FAILURE() << "written";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("funding[2]"), std::string::npos) << e.what();
  }
}

TEST_F(FundingVariant, ErrorsNameTheFileTheyAreIn) {
  write_file(dir.file("typo.toml"), "base = \"base.toml\"\n[[tours]]\nname = \"Nouvelle\"\ndates = 3\n");
  EXPECT_NE(error_of(dir.file("typo.toml")).find(dir.file("typo.toml") + ":2: key 'tours[1].takings_per_date'"),
            std::string::npos)
      << error_of(dir.file("typo.toml"));
  write_file(dir.file("colour.toml"), "base = \"base.toml\"\n\ncolour = 1\n");
  EXPECT_EQ(error_of(dir.file("colour.toml")).rfind(dir.file("colour.toml") + ":3: key 'colour': unknown key", 0), 0U)
      << error_of(dir.file("colour.toml"));
  write_file(dir.file("orphan.toml"), "name = \"x\"\nbase = \"missing.toml\"\n");
  EXPECT_EQ(error_of(dir.file("orphan.toml")),
            dir.file("orphan.toml") + ":2: key 'base': base scenario '" + dir.file("missing.toml") + "' not found");
}

TEST_F(FundingVariant, ACycleOfBasesIsRefusedNamingTheFiles) {
  write_file(dir.file("a.toml"), "base = \"b.toml\"\n");
  write_file(dir.file("b.toml"), "name = \"b\"\nbase = \"a.toml\"\n");
  EXPECT_EQ(error_of(dir.file("a.toml")),
            dir.file("b.toml") + ":2: key 'base': scenarios are each other's base: a.toml -> b.toml -> a.toml");
  write_file(dir.file("self.toml"), "base = \"self.toml\"\n");
  EXPECT_EQ(error_of(dir.file("self.toml")),
            dir.file("self.toml") + ":1: key 'base': scenarios are each other's base: self.toml -> self.toml");
}

TEST(FundingScenarioFile, ShippedVariantsNameTheBase) {
  const FundingScenario base = load_funding_scenario(testing::scenario_dir() + "/funding-base.toml");
  const FundingScenario election = load_funding_scenario(testing::scenario_dir() + "/funding-election-2026.toml");
  EXPECT_EQ(election.base_file, testing::scenario_dir() + "/funding-base.toml");
  EXPECT_TRUE(variant_driver_keys(election, base).empty());  // an event, no driver
  const FundingScenario sponsor = load_funding_scenario(testing::scenario_dir() + "/funding-sponsor-leaves.toml");
  EXPECT_EQ(sponsor.tours.size(), 3U);
  EXPECT_EQ(variant_driver_keys(sponsor, base).count("tours[3].dates"), 1U);
  EXPECT_EQ(variant_driver_keys(sponsor, base).count("tours[1].dates"), 0U);
}

}  // namespace
}  // namespace comptoir::forecast
