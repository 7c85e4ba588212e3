// The Actuals view's data: the chart series and the table of the activity
// report carry the category summary's amounts unchanged, in its order.
#include "reports/activity_charts.hpp"

#include <gtest/gtest.h>

#include "reports/category_summaries.hpp"
#include "support/demo_book_suite.hpp"

namespace comptoir {
namespace {

class ActivityCharts : public test::DemoBookReader {};

TEST_F(ActivityCharts, SeriesAreTheSummaryRowsInOrder) {
  const CategorySummary at = summarise_by_category(demo(), "AT", 2025, CategoryScheme::activity_report());
  const auto charts = activity_chart_series(at, Labels(Language::French));
  EXPECT_EQ(charts.resources.name, "Ressources");
  EXPECT_EQ(charts.expenses.name, "Charges");
  ASSERT_EQ(charts.resources.values.size(), charts.resources.x_labels.size());
  std::size_t i = 0;
  for (const auto& row : at.resources.rows) {
    if (row.code == "other" && row.amount.is_zero()) continue;
    ASSERT_LT(i, charts.resources.values.size());
    EXPECT_EQ(charts.resources.x_labels[i], row.label_fr);
    EXPECT_EQ(charts.resources.values[i], row.amount);
    ++i;
  }
  EXPECT_EQ(i, charts.resources.values.size());
  Money expenses;
  for (Money m : charts.expenses.values) expenses += m;
  EXPECT_EQ(expenses, at.expenses.total);
}

TEST_F(ActivityCharts, EnglishLabels) {
  const CategorySummary res = summarise_by_category(demo(), "RES", 2025, CategoryScheme::activity_report());
  const auto charts = activity_chart_series(res, Labels(Language::English));
  EXPECT_EQ(charts.resources.name, "Resources");
  ASSERT_FALSE(charts.expenses.x_labels.empty());
  EXPECT_EQ(charts.expenses.x_labels.front(), res.expenses.rows.front().label_en);
}

TEST_F(ActivityCharts, TableHoldsTheRowsTotalsAndResult) {
  const CategorySummary at = summarise_by_category(demo(), "AT", 2025, CategoryScheme::activity_report());
  const TableData table = activity_table(at, "AT — 2025", Labels(Language::French));
  EXPECT_EQ(table.header.title, "AT — 2025");
  ASSERT_FALSE(table.rows.empty());
  const TableRow& result = table.rows.back();
  EXPECT_TRUE(result.total);
  EXPECT_EQ(std::get<Money>(result.cells.at(2)), at.result());
  int totals = 0;
  for (const auto& row : table.rows) totals += row.total ? 1 : 0;
  EXPECT_EQ(totals, 3);  // total expenses, total resources, result
}

}  // namespace
}  // namespace comptoir
