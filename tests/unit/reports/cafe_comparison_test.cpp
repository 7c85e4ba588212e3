// Café plans compared: the comparison table and chart series carry exactly
// the figures of compute_cafe_plan for each shipped scenario, in order.
#include "reports/cafe_comparison.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <variant>

#include "core/error.hpp"
#include "forecast/cafe_plan.hpp"
#include "forecast/scenario_toml.hpp"
#include "unit/forecast/forecast_test_support.hpp"

namespace comptoir {
namespace {

using namespace forecast;
namespace testing = forecast::testing;
const Labels fr(Language::French);
const Labels en(Language::English);

CafePlan plan_of(const std::string& name) {
  return compute_cafe_plan(load_cafe_scenario(testing::scenario_dir() + "/" + name + ".toml"));
}

// The row whose label is `label` (exact), or a failure.
const TableRow& row(const TableData& t, const std::string& label) {
  for (const auto& r : t.rows) {
    if (std::get<std::string>(r.cells.front()) == label) return r;
  }
  throw std::runtime_error("no row " + label);
}

Money money(const TableRow& r, std::size_t column) {
  return std::get<Money>(r.cells.at(column));
}

class CafeCompare : public ::testing::Test {
 protected:
  void SetUp() override { plans_ = {plan_of("cafe-entrepreneurial"), plan_of("cafe-associatif")}; }
  std::vector<CafePlan> plans_;
};

TEST_F(CafeCompare, TableHoldsEachPlansOwnFigures) {
  const TableData t = cafe_comparison_table(plans_, fr);
  ASSERT_EQ(t.header.columns.size(), 3u);
  EXPECT_EQ(t.header.columns[1].heading, "Café du Lavoir");  // the name up to " — "
  EXPECT_EQ(t.header.columns[2].heading, "Café associatif Le Fournil");
  EXPECT_EQ(t.header.title, "Comparaison des budgets prévisionnels de cafés");
  for (std::size_t i = 0; i < plans_.size(); ++i) {
    const CafePlan& p = plans_[i];
    const std::size_t c = i + 1;
    EXPECT_EQ(money(row(t, "CA HT, an 1"), c), p.years[0].lines.revenue());
    EXPECT_EQ(money(row(t, "EBE, an 2"), c), p.years[1].lines.ebe);
    EXPECT_EQ(money(row(t, "Résultat net, an 3"), c), p.years[2].lines.net_result);
    EXPECT_EQ(money(row(t, "CAF, an 1"), c), p.years[0].lines.caf);
    EXPECT_EQ(money(row(t, "Trésorerie fin d'année, an 3"), c), p.cash.at(35).closing);
    EXPECT_EQ(money(row(t, "BFR, an 2"), c), p.years[1].working_capital.need);
    EXPECT_EQ(money(row(t, "Financement (total ressources)"), c), p.financing.total_resources);
    Money low = p.cash[0].closing;
    for (int m = 1; m < 12; ++m) low = std::min(low, p.cash[static_cast<std::size_t>(m)].closing);
    EXPECT_EQ(money(row(t, "Trésorerie mini (fin de mois), an 1"), c), low);
    ASSERT_TRUE(p.years[1].break_even.revenue.has_value());
    EXPECT_EQ(money(row(t, "Seuil de rentabilité, an 2"), c), *p.years[1].break_even.revenue);
  }
  // The two plans really differ (a swapped column would be caught above).
  EXPECT_NE(plans_[0].years[0].lines.revenue(), plans_[1].years[0].lines.revenue());
}

TEST_F(CafeCompare, EnglishLabels) {
  const TableData t = cafe_comparison_table(plans_, en);
  EXPECT_EQ(money(row(t, "Net result, year 2"), 1), plans_[0].years[1].lines.net_result);
  EXPECT_EQ(money(row(t, "Start-up investments"), 2),
            money(row(cafe_comparison_table(plans_, fr), "Investissements de démarrage"), 2));
  EXPECT_EQ(t.header.columns[0].heading, "Line");
}

TEST_F(CafeCompare, ChartSeriesPerScenario) {
  const auto result = cafe_result_series(plans_, fr);
  const auto cash = cafe_cash_series(plans_, en);
  ASSERT_EQ(result.size(), 2u);
  ASSERT_EQ(cash.size(), 2u);
  for (std::size_t i = 0; i < plans_.size(); ++i) {
    EXPECT_EQ(result[i].name, plans_[i].scenario.name);
    ASSERT_EQ(result[i].values.size(), plans_[i].years.size());
    EXPECT_EQ(result[i].x_labels.front(), "An 1");
    EXPECT_EQ(cash[i].x_labels.back(), "Year 3");
    for (std::size_t y = 0; y < plans_[i].years.size(); ++y) {
      EXPECT_EQ(result[i].values[y], plans_[i].years[y].lines.net_result);
      EXPECT_EQ(cash[i].values[y], year_end_cash(plans_[i], static_cast<int>(y)));
    }
  }
}

TEST_F(CafeCompare, TablesAreTheComparisonThenTheSeries) {
  const auto tables = cafe_comparison_tables(plans_, fr);
  ASSERT_EQ(tables.size(), 3u);
  EXPECT_EQ(tables[1].key, "series-result");
  EXPECT_EQ(tables[1].header.title, "Série : résultat net");
  EXPECT_EQ(tables[2].header.title, "Série : trésorerie fin d'année");
  EXPECT_EQ(tables[2].header.columns.at(3).key, "An 3");
  EXPECT_EQ(std::get<Money>(tables[2].rows.at(1).cells.at(3)), year_end_cash(plans_[1], 2));
}

TEST(CafeCompareEdge, NothingToCompareIsRefused) {
  EXPECT_THROW((void)cafe_comparison_table({}, fr), Error);
}

TEST(ScenarioKind, ToldFromTheContent) {
  EXPECT_EQ(scenario_kind_of_file(testing::scenario_dir() + "/cafe-itinerant.toml"), ScenarioKind::Cafe);
  EXPECT_EQ(scenario_kind_of_file(testing::scenario_dir() + "/funding-base.toml"), ScenarioKind::Funding);
  EXPECT_EQ(scenario_kind_of_file(testing::scenario_dir() + "/no-such-file.toml"), std::nullopt);
}

}  // namespace
}  // namespace comptoir
