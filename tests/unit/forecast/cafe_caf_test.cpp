// The CAF (capacité d'autofinancement) of the three operating models' demo
// plans reconciles with the result to the cent, each year and each month:
// additive method (result + depreciation − investment-grant share taken to
// result) equals the subtractive method (EBE − interest − income tax), and
// a year's CAF is the sum of its months'. Run also with corporate tax, so
// that the tax booked in December is in both.
#include <gtest/gtest.h>

#include <string>

#include "forecast/cafe_plan.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast_test_support.hpp"

namespace comptoir::forecast {
namespace {

void expect_caf_reconciles(const CafePlan& plan, const std::string& name) {
  ASSERT_FALSE(plan.years.empty()) << name;
  for (const auto& y : plan.years) {
    const SigLines& l = y.lines;
    SCOPED_TRACE(name + " year " + std::to_string(y.index + 1));
    EXPECT_EQ(l.caf, l.net_result + l.depreciation - l.exceptional_income);
    EXPECT_EQ(l.caf, l.ebe - l.interest - l.income_tax);
    Money months;
    for (const auto& m : plan.months) {
      if (m.year_index != y.index) continue;
      EXPECT_EQ(m.lines.caf, m.lines.net_result + m.lines.depreciation - m.lines.exceptional_income);
      EXPECT_EQ(m.lines.caf, m.lines.ebe - m.lines.interest - m.lines.income_tax);
      months += m.lines.caf;
    }
    EXPECT_EQ(months, l.caf);
  }
}

class CafeCaf : public ::testing::TestWithParam<const char*> {};

TEST_P(CafeCaf, ReconcilesWithTheResultToTheCent) {
  const std::string path = testing::scenario_dir() + "/" + GetParam() + ".toml";
  const CafePlanScenario scenario = load_cafe_scenario(path);
  expect_caf_reconciles(compute_cafe_plan(scenario), GetParam());
  CafePlanScenario taxed = scenario;
  taxed.income_tax = IncomeTaxRegime::CorporateTax;
  const CafePlan plan = compute_cafe_plan(taxed);
  expect_caf_reconciles(plan, std::string(GetParam()) + " (is)");
}

INSTANTIATE_TEST_SUITE_P(DemoScenarios, CafeCaf,
                         ::testing::Values("cafe-entrepreneurial", "cafe-associatif", "cafe-itinerant"),
                         [](const auto& param_info) {
                           std::string name = param_info.param;
                           for (auto& c : name) {
                             if (c == '-') c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace comptoir::forecast
