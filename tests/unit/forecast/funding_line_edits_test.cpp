// The drivers panel's edits of prices, tours and funding lines
// (scenario_edits.hpp): a moved driver refused as the loader refuses the
// file that would hold it (nothing changes), and a [[funding]] line added
// or removed giving the scenario the loader reads from the equivalent
// file: same text, same drivers in the same order (the Monte Carlo draws
// them in that order).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "core/error.hpp"
#include "forecast/scenario_edits.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast_test_support.hpp"

namespace comptoir::forecast {
namespace {

const std::string base_file = testing::scenario_dir() + "/funding-base.toml";

std::string base_text() {
  std::ifstream in(base_file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// `text` with the first `from` made `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

std::vector<std::string> keys(const FundingScenario& s) {
  std::vector<std::string> out;
  for (const auto& d : s.drivers) out.push_back(d.key + "|" + d.label);
  return out;
}

// Same text written and same drivers in the same order.
void expect_same(const FundingScenario& a, const FundingScenario& b) {
  EXPECT_EQ(write_funding_scenario(a), write_funding_scenario(b));
  EXPECT_EQ(keys(a), keys(b));
}

const std::string fondation =
    "\n[[funding]]\nentity = \"RES\"\ncategory = \"private-aid\"\nfunder = \"Fondation de France\"\n"
    "amount = \"25000.00\"\n";

TEST(FundingLineEdits, PricesAndToursMoveAsInTheFile) {
  FundingScenario s = load_funding_scenario(base_file);
  set_scenario_value(s, "prestations[1].price", Rational(3500));
  set_scenario_value(s, "tours[1].margin", Rational(62, 100));
  set_scenario_value(s, "tours[2].takings_per_date", Rational(240252, 100));
  std::string edited = replaced(base_text(), "price = \"3200.00\"", "price = \"3500.00\"");
  edited =
      replaced(edited, "min = \"60%\", mode = \"65%\", max = \"70%\"", "min = \"57%\", mode = \"62%\", max = \"67%\"");
  edited = replaced(edited, "mean = \"2669.47\"", "mean = \"2402.52\"");
  expect_same(s, parse_funding_scenario(edited, "edited.toml"));
}

TEST(FundingLineEdits, AMovedDriverTheFileCouldNotHoldIsRefusedAndNothingChanges) {
  FundingScenario s = load_funding_scenario(base_file);
  const std::string before = write_funding_scenario(s);
  const auto refused = [&](const std::string& key, const Rational& value, const std::string& why) {
    try {
      set_scenario_value(s, key, value);
      ADD_FAILURE() << key << " accepted";
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(why), std::string::npos) << e.what();
    }
    EXPECT_EQ(write_funding_scenario(s), before) << key;
  };
  refused("tours[2].margin", Rational(1), "below 100 %");
  refused("tours[1].margin", Rational(3, 100), "below 0");             // 60 % - 65 % + 3 %
  refused("tours[2].takings_per_date", Rational(0), "non-zero mean");  // a normal around 0
  refused("prestations[1].count", Rational(5), "below 0");             // 15 - 21 + 5
  refused("commune_classes[1].communes", Rational(0), "at least one");
  refused("prestations[1].price", Rational(-1), "negative");
  // What the loader says of the same values in a file.
  const std::string text = replaced(base_text(), "min = \"60%\", mode = \"65%\"", "min = \"-2%\", mode = \"3%\"");
  EXPECT_THROW((void)parse_funding_scenario(text, "edited.toml"), Error);
}

TEST(FundingLineEdits, ALineAddedIsTheOneTheFileWouldHold) {
  FundingScenario s = load_funding_scenario(base_file);
  add_funding_line(s, {"RES", "private-aid", "Fondation de France", Rational(25000)});
  ASSERT_EQ(s.funding.size(), std::size_t{13});
  EXPECT_EQ(s.drivers[s.funding.back().amount].key, "funding[13].amount");
  EXPECT_EQ(s.drivers[s.funding.back().amount].label, "Fondation de France (RES) : montant/an");
  // The staff's drivers come after the funding lines', as in a file.
  EXPECT_EQ(s.drivers.back().key, "staff[2].cost_growth");
  expect_same(s, parse_funding_scenario(base_text() + fondation, "edited.toml"));

  const std::string before = write_funding_scenario(s);
  EXPECT_THROW(add_funding_line(s, {"AT", "private-aid", "X", Rational(-1)}), Error);
  EXPECT_EQ(write_funding_scenario(s), before);
}

TEST(FundingLineEdits, ALineRemovedIsTheFileWithoutItUnlessAnEventOrTheBaseHasIt) {
  FundingScenario s = load_funding_scenario(base_file);
  remove_funding_line(s, 1);  // Région Grand Est
  std::string text = base_text();
  const auto at = text.find("funder = \"Région Grand Est\"");
  const auto begin = text.rfind("[[funding]]", at);
  text.erase(begin, text.find("\n[[", at) + 1 - begin);
  expect_same(s, parse_funding_scenario(text, "edited.toml"));
  EXPECT_EQ(s.drivers[s.funding[1].amount].key, "funding[2].amount");
  EXPECT_EQ(s.funding[1].funder, "EPCI partenaires");

  // An event names Kronenbourg: its line stays.
  FundingEvent leaves;
  leaves.kind = FundingEventKind::FunderLeaves;
  leaves.from = Date::from_ymd(2027, 1, 1);
  leaves.funder = "Kronenbourg";
  set_events(s, {leaves});
  const std::string before = write_funding_scenario(s);
  std::size_t kronenbourg = 0;
  while (s.funding[kronenbourg].funder != "Kronenbourg") ++kronenbourg;
  EXPECT_THROW(remove_funding_line(s, kronenbourg), Error);
  EXPECT_THROW(remove_funding_line(s, 99), Error);
  EXPECT_EQ(write_funding_scenario(s), before);

  // A variant removes its own lines, never its base's.
  const FundingScenario base = load_funding_scenario(base_file);
  FundingScenario variant = base;
  add_funding_line(variant, {"RES", "private-aid", "Fondation de France", Rational(25000)});
  EXPECT_THROW(remove_funding_line(variant, 0, &base), Error);
  remove_funding_line(variant, 12, &base);
  expect_same(variant, base);
}

}  // namespace
}  // namespace comptoir::forecast
