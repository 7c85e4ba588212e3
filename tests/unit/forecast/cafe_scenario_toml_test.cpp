// Bad scenario files: each kind gets a message naming the key and the line.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast_test_support.hpp"

namespace comptoir::forecast {
namespace {

// Replaces the first occurrence of `from` in the tiny scenario by `to`.
std::string tiny_with(const std::string& from, const std::string& to) {
  std::string text = testing::tiny_scenario_toml();
  auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

std::string error_of(const std::string& text) {
  try {
    (void)parse_cafe_scenario(text, "bad.toml");
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    return e.what();
  }
  ADD_FAILURE() << "no error";
  return "";
}

TEST(CafeScenarioToml, ReadsTheTinyScenario) {
  CafePlanScenario s = parse_cafe_scenario(testing::tiny_scenario_toml(), "tiny.toml");
  EXPECT_EQ(s.model, OperatingModel::AssociativeWithStaff);
  EXPECT_EQ(s.start, Date::from_ymd(2026, 6, 1));
  ASSERT_EQ(s.families.size(), 1U);
  EXPECT_EQ(s.families[0].ticket, Money::parse("1.20"));
  EXPECT_EQ(s.families[0].gross_margin, Rational(3, 5));
  EXPECT_EQ(s.loans[0].months, 60);
  EXPECT_EQ(s.vat, VatRegime::RealQuarterly);
}

TEST(CafeScenarioToml, FloatsAreReadAsTheirDecimalText) {
  CafePlanScenario s = parse_cafe_scenario(tiny_with("gross_margin = \"60%\"", "gross_margin = 0.68"), "t.toml");
  EXPECT_EQ(s.families[0].gross_margin, Rational(68, 100));
}

TEST(CafeScenarioToml, SyntaxErrorNamesTheLine) {
  EXPECT_EQ(error_of(tiny_with("years = 3", "years = = 3")).rfind("bad.toml:4: TOML syntax error", 0), 0U);
}

TEST(CafeScenarioToml, UnknownKeyIsAnError) {
  EXPECT_EQ(error_of(tiny_with("customers_per_day", "customer_per_day")),
            "bad.toml:9: key 'opening.customer_per_day': unknown key (expected one of: weekdays, hours_per_day, "
            "seasonality, customers_per_day, ramp_up)");
  EXPECT_NE(error_of(tiny_with("[families.drinks]", "[families.drinsk]")).find("key 'families.drinsk': unknown key"),
            std::string::npos);
}

TEST(CafeScenarioToml, WrongTypeIsAnError) {
  EXPECT_EQ(error_of(tiny_with("years = 3", "years = \"three\"")),
            "bad.toml:4: key 'years': expected an integer, got a string");
  EXPECT_EQ(error_of(tiny_with("ticket = \"1.20\"", "ticket = true")),
            "bad.toml:12: key 'families.drinks.ticket': expected an amount (\"1234.56\" or a number), got a boolean");
}

TEST(CafeScenarioToml, MissingKeyNamesTheTable) {
  EXPECT_EQ(error_of(tiny_with("customers_per_day = 100\n", "")),
            "bad.toml:6: key 'opening.customers_per_day': missing (required in [opening])");
  EXPECT_EQ(error_of(tiny_with("name = \"Tiny\"\n", "")),
            "bad.toml:1: key 'name': missing (required at the top level)");
  EXPECT_NE(error_of(tiny_with("principal = 12000\n", "")).find("key 'financing.loans[1].principal': missing"),
            std::string::npos);
}

TEST(CafeScenarioToml, NegativeAmountIsAnError) {
  EXPECT_EQ(error_of(tiny_with("annual = 1200", "annual = -1200")),
            "bad.toml:32: key 'fixed_costs[1].annual': amount -1200 must not be negative");
}

TEST(CafeScenarioToml, MonthOutOfRangeIsAnError) {
  EXPECT_EQ(error_of(tiny_with("hourly_cost = 12\n", "hourly_cost = 12\nmonths = [6, 13]\n")),
            "bad.toml:24: key 'staff[1].months[2]': 13 is out of range (1 to 12)");
}

TEST(CafeScenarioToml, OtherBadValues) {
  EXPECT_NE(error_of(tiny_with("years = 3", "years = 7")).find("key 'years': 7 is out of range (3 to 5)"),
            std::string::npos);
  EXPECT_NE(error_of(tiny_with("2026-06-01", "2026-06-15")).find("key 'start': the plan starts on the first day"),
            std::string::npos);
  EXPECT_NE(error_of(tiny_with("seasonality = [1, 1, ", "seasonality = [")).find("expected 12 coefficients"),
            std::string::npos);
  EXPECT_NE(error_of(tiny_with("\"sun\"]", "\"sunday\"]")).find("unknown day 'sunday'"), std::string::npos);
  EXPECT_NE(error_of(tiny_with("associatif-salarie", "cooperative")).find("key 'model': unknown operating model"),
            std::string::npos);
  EXPECT_NE(error_of(tiny_with("regime = \"reel-trimestriel\"", "regime = \"reel\"")).find("key 'vat.regime'"),
            std::string::npos);
  EXPECT_NE(error_of(tiny_with("gross_margin = \"60%\"", "gross_margin = \"160%\"")).find("cannot exceed 100 %"),
            std::string::npos);
  EXPECT_NE(error_of(tiny_with("ticket = \"1.20\"", "ticket = \"1.205\""))
                .find("key 'families.drinks.ticket': not an amount"),
            std::string::npos);
}

TEST(CafeScenarioToml, UnreadableFileIsAnError) {
  EXPECT_THROW((void)load_cafe_scenario("/nonexistent/cafe.toml"), Error);
}

}  // namespace
}  // namespace comptoir::forecast
