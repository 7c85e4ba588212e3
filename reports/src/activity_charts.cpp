// See activity_charts.hpp.
#include "reports/activity_charts.hpp"

#include "reports/category_scheme.hpp"
#include "reports/category_summary_table.hpp"

namespace comptoir {
namespace {

ChartSeries series_of(const CategorySideSummary& side, const Labels& t) {
  const bool expense = side.side == CategorySide::Expense;
  ChartSeries series{std::string(t(expense ? "activity.side.expense" : "activity.side.resource")), {}, {}};
  for (const auto& row : side.rows) {
    if (row.code == CategoryScheme::other_code && row.amount.is_zero()) continue;
    series.x_labels.push_back(t.french() ? row.label_fr : row.label_en);
    series.values.push_back(row.amount);
  }
  return series;
}

}  // namespace

ActivityCharts activity_chart_series(const CategorySummary& summary, const Labels& labels) {
  return {series_of(summary.resources, labels), series_of(summary.expenses, labels)};
}

TableData activity_table(const CategorySummary& summary, const std::string& title, const Labels& labels) {
  TableDataCollector collector("activity");
  write_category_summary(summary, title, labels, collector);
  return collector.table();
}

}  // namespace comptoir
