// End to end: funding-mix scenarios on the demo books through the real
// binary: golden outputs of the shipped scenarios, a base year equal to the
// book's trial balance, Monte Carlo independent of the thread count, and
// bad scenario files refused (exit 3) naming the key and the line, a
// variant read as its base with its changes.
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/money.hpp"
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

namespace fs = std::filesystem;

// forecast/scenarios/NAME in the source tree (tests/golden/../../forecast).
std::string scenario(const std::string& name) {
  return (fs::path(COMPTOIR_GOLDEN_DIR).parent_path().parent_path() / "forecast" / "scenarios" / name).string();
}

using ForecastFunding = DemoBookSuite;

TEST_F(ForecastFunding, BaseScenarioGolden) {
  const auto r = comptoir({"forecast", "funding", scenario("funding-base.toml"), "--runs", "2000"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("forecast_funding_base.txt", r.out);
}

TEST_F(ForecastFunding, VariantsGolden) {
  for (const char* name : {"funding-election-2026", "funding-sponsor-leaves"}) {
    const auto r = comptoir(
        {"forecast", "funding", scenario(std::string(name) + ".toml"), "--table", "projection", "--locale", "en"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    expect_golden(std::string("forecast_") + name + ".en.txt", r.out);
  }
}

TEST_F(ForecastFunding, CompareGolden) {
  const auto r = comptoir({"forecast", "compare", scenario("funding-base.toml"), scenario("funding-election-2026.toml"),
                           scenario("funding-sponsor-leaves.toml"), "--runs", "1000", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("forecast_compare.csv", r.out);
}

// Sum of (credit - debit) or (debit - credit) of a class in the trial balance CSV.
Money class_total(const std::string& csv, char account_class, bool credit_side) {
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);  // header: account,label,debit,credit,balance (a label may hold commas)
  Money total;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string field; std::getline(ss, field, ',');) f.push_back(field);
    if (f.size() < 5 || f[0].empty() || f[0][0] != account_class) continue;
    const Money debit = Money::parse(f[f.size() - 3]), credit = Money::parse(f[f.size() - 2]);
    total += credit_side ? credit - debit : debit - credit;
  }
  return total;
}

TEST_F(ForecastFunding, BaseYearEqualsTheBooksActuals) {
  const auto p =
      comptoir({"forecast", "funding", scenario("funding-base.toml"), "--table", "projection", "--format", "csv"});
  ASSERT_EQ(p.exit_code, 0) << p.err;
  for (const char* entity : {"AT", "RES"}) {
    const auto b = comptoir({"balance", "--entity", entity, "--year", "2025", "--format", "csv"});
    ASSERT_EQ(b.exit_code, 0) << b.err;
    const std::string resources = class_total(b.out, '7', true).to_string();
    const std::string expenses = class_total(b.out, '6', false).to_string();
    // Rows "Total ressources,<2025>,..." of the entity's table.
    const auto table = p.out.find("Total ressources," + resources + ",");
    EXPECT_NE(table, std::string::npos) << entity << " resources " << resources << "\n" << p.out;
    EXPECT_TRUE(contains(p.out, "Total charges," + expenses + ",")) << entity << " expenses " << expenses;
  }
  // Combined: 1,082,024.00 of expenses (interco eliminated), as in the activity report.
  EXPECT_TRUE(contains(p.out, "Total charges,1082024.00,")) << p.out;
  EXPECT_TRUE(contains(p.out, "Total ressources,1080000.00,")) << p.out;
}

TEST_F(ForecastFunding, MonteCarloDoesNotDependOnThreads) {
  auto args = [](const char* threads) {
    return std::vector<std::string>{"forecast",  "funding",     scenario("funding-base.toml"),
                                    "--table",   "monte-carlo", "--runs",
                                    "3000",      "--seed",      "99",
                                    "--threads", threads,       "--format",
                                    "csv"};
  };
  const auto one = comptoir(args("1"));
  const auto four = comptoir(args("4"));
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, four.out);
  EXPECT_TRUE(contains(one.out, "Probabilité de déficit")) << one.out;
}

TEST_F(ForecastFunding, BadScenarioFilesExit3NamingKeyAndLine) {
  struct Case {
    std::string text, message;
  };
  const std::vector<Case> cases{
      {"name = \"x\"\nbase_year = 2025\nyears = 9\n", "bad.toml:3: key 'years': 9 is out of range (3 to 5)"},
      {"name = \"x\"\nbase_year = 2025\n\n[[staff]]\nentity = \"AT\"\nfte = 8\nsalary = 3\n",
       "bad.toml:7: key 'staff[1].salary': unknown key"},
      {"name = \"x\"\nbase_year = 2025\ninflation = { dist = \"normal\", mean = \"2%\" }\n",
       "bad.toml:3: key 'inflation.sd': missing"},
      {"name = \"x\"\nbase_year = 2025\n[[staff]]\nentity = \"XX\"\nfte = 1\n",
       "bad.toml:3: key 'staff[1]': entity 'XX' has no actuals in the book for 2025 (known: AT, RES)"},
      {"name = \"x\"\nbase_year = 2025\n[[funding]]\nentity = \"RES\"\ncategory = \"public-subsidy\"\n"
       "funder = \"F\"\namount = 1\n",
       "bad.toml:3: key 'funding[1]': category 'public-subsidy' is not a resource category of RES"},
      {"name = \"x\"\nbase_year = [2025\n", "bad.toml:2: TOML syntax error"},
  };
  for (const auto& c : cases) {
    write_file(dir_ / "bad.toml", c.text);
    const auto r = comptoir({"forecast", "funding", "bad.toml"});
    EXPECT_EQ(r.exit_code, 3) << c.text;
    EXPECT_TRUE(contains(r.err, c.message)) << r.err;
    EXPECT_EQ(r.out, "") << c.text;
  }
  // A bad file among others: nothing is compared.
  const auto r = comptoir({"forecast", "compare", scenario("funding-base.toml"), "bad.toml"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "");
}

// A variant prints what the whole file it stands for prints, follows its
// base, and its errors name the file they are in.
TEST_F(ForecastFunding, AVariantReadsAsItsBaseWithItsChanges) {
  fs::copy_file(scenario("funding-base.toml"), dir_ / "base.toml");
  write_file(dir_ / "variant.toml", "base = \"base.toml\"\n[[prestations]]\ntype = \"recruitment\"\ncount = 30\n");
  std::ifstream in(scenario("funding-base.toml"));
  std::string whole((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string count = "count = { dist = \"normal\", mean = 38, sd = 6 }";
  whole.replace(whole.find(count), count.size(), "count = 30");
  write_file(dir_ / "whole.toml", whole);
  const auto variant = comptoir({"forecast", "funding", "variant.toml", "--runs", "500", "--format", "csv"});
  ASSERT_EQ(variant.exit_code, 0) << variant.err;
  EXPECT_EQ(variant.out, comptoir({"forecast", "funding", "whole.toml", "--runs", "500", "--format", "csv"}).out);
  EXPECT_NE(variant.out, comptoir({"forecast", "funding", "base.toml", "--runs", "500", "--format", "csv"}).out);

  struct Case {
    std::string text, message;
  };
  const std::vector<Case> cases{
      {"base = \"nowhere.toml\"\n", "variant.toml:1: key 'base': base scenario 'nowhere.toml' not found"},
      {"base = \"variant.toml\"\n",
       "variant.toml:1: key 'base': scenarios are each other's base: variant.toml -> variant.toml"},
      {"base = \"base.toml\"\n\n[[staff]]\nentity = \"XX\"\nfte = 1\n",
       "variant.toml:3: key 'staff[3]': entity 'XX' has no actuals in the book for 2025"},
  };
  for (const auto& c : cases) {
    write_file(dir_ / "variant.toml", c.text);
    const auto r = comptoir({"forecast", "funding", "variant.toml"});
    EXPECT_EQ(r.exit_code, 3) << c.text;
    EXPECT_TRUE(contains(r.err, c.message)) << r.err;
  }
}

TEST_F(ForecastFunding, ABaseYearWithoutBooksIsRefused) {
  const auto r = comptoir({"forecast", "funding", scenario("funding-base.toml"), "--base-year", "2019"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "no validated income or expense in 2019")) << r.err;
}

}  // namespace
}  // namespace comptoir::e2e
