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

TEST_F(ActivityCharts, PreviousYearOnTheSameCategories) {
  const auto scheme = CategoryScheme::activity_report();
  const CategorySummary now = summarise_by_category(demo(), "AT", 2025, scheme);
  const CategorySummary before = summarise_by_category(demo(), "AT", 2024, scheme);
  const auto charts = activity_chart_series(now, &before, Labels(Language::French));
  ASSERT_TRUE(charts.previous_resources.has_value());
  ASSERT_TRUE(charts.previous_expenses.has_value());
  EXPECT_EQ(charts.previous_resources->name, "2024");
  EXPECT_EQ(charts.previous_resources->x_labels, charts.resources.x_labels);
  EXPECT_EQ(charts.previous_expenses->x_labels, charts.expenses.x_labels);
  Money sum;
  for (std::size_t i = 0; i < charts.previous_expenses->values.size(); ++i) {
    const std::string& label = charts.expenses.x_labels[i];
    const CategoryRow* row = nullptr;
    for (const auto& r : before.expenses.rows) {
      if (r.label_fr == label) row = &r;
    }
    ASSERT_NE(row, nullptr) << label;
    EXPECT_EQ(charts.previous_expenses->values[i], row->amount) << label;
    sum += charts.previous_expenses->values[i];
  }
  EXPECT_EQ(sum, before.expenses.total);
  EXPECT_FALSE(before.expenses.total.is_zero());
  // Without a previous year: no second series, the same as before.
  const auto alone = activity_chart_series(now, nullptr, Labels(Language::French));
  EXPECT_FALSE(alone.previous_resources.has_value());
  EXPECT_EQ(alone.resources.values, activity_chart_series(now, Labels(Language::French)).resources.values);
}

TEST_F(ActivityCharts, ComparisonTableHasAPreviousAmountColumn) {
  const auto scheme = CategoryScheme::activity_report();
  const CategorySummary now = summarise_by_category(demo(), "RES", 2025, scheme);
  const CategorySummary before = summarise_by_category(demo(), "RES", 2024, scheme);
  const TableData table = activity_table(now, &before, "RES — 2025", Labels(Language::French));
  ASSERT_EQ(table.header.columns.size(), 7U);
  EXPECT_EQ(table.header.columns[2].key, "amount");
  EXPECT_EQ(table.header.columns[2].heading, "Montant 2025");
  EXPECT_EQ(table.header.columns[3].key, "amount_previous");
  EXPECT_EQ(table.header.columns[3].heading, "Montant 2024");
  for (const auto& row : table.rows) {
    const std::string& code = std::get<std::string>(row.cells.at(6));
    const Money previous = std::get<Money>(row.cells.at(3));
    const CategorySideSummary& side =
        std::get<std::string>(row.cells.at(0)) == "Charges" ? before.expenses : before.resources;
    if (code == "result") {
      EXPECT_EQ(previous, before.result());
    } else if (code == "total") {
      EXPECT_EQ(previous, side.total);
    } else {
      const CategoryRow* r = side.find(code);
      ASSERT_NE(r, nullptr) << code;
      EXPECT_EQ(previous, r->amount) << code;
    }
  }
  // No previous year: the column is there, empty, headed N-1.
  const TableData first = activity_table(before, nullptr, "RES — 2024", Labels(Language::English));
  EXPECT_EQ(first.header.columns[3].heading, "Amount N-1");
  for (const auto& row : first.rows) EXPECT_TRUE(std::holds_alternative<std::monostate>(row.cells.at(3)));
}

}  // namespace
}  // namespace comptoir
