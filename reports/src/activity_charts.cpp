// See activity_charts.hpp.
#include "reports/activity_charts.hpp"

#include "core/chart.hpp"
#include "core/error.hpp"
#include "reports/category_summary_table.hpp"
#include "statement_support.hpp"

namespace comptoir {
namespace {

ChartSeries series_of(const std::vector<ComparedCategory>& rows, std::string name, const Labels& t, bool previous) {
  ChartSeries series{std::move(name), {}, {}};
  for (const auto& row : rows) {
    series.x_labels.push_back(t.french() ? row.label_fr : row.label_en);
    series.values.push_back(previous ? row.previous.value_or(Money()) : row.amount);
  }
  return series;
}

const FiscalYear& year_of(const std::vector<FiscalYear>& years, const std::string& entity, int year) {
  for (const auto& y : years) {
    if (y.year == year) return y;
  }
  throw Error(ErrorKind::InvalidInput, "entity " + entity + " has no fiscal year " + std::to_string(year));
}

// The first day the balances of `year` count from: its start when it holds
// opening entries or has no year before it; else where the year before
// counts from (its balances are not carried into `year`).
Date count_from(const BookReader& reader, const std::string& entity, const std::vector<FiscalYear>& years,
                const FiscalYear& year) {
  const FiscalYear* before = nullptr;
  for (const auto& y : years) {
    if (y.end < year.start && (before == nullptr || before->end < y.end)) before = &y;
  }
  if (before == nullptr || !statements::opening_entries(reader, entity, year.year).empty()) return year.start;
  return count_from(reader, entity, years, *before);
}

Money cash_balance(const BookReader& reader, const std::string& entity, Date from, Date to) {
  TransactionFilter filter;
  filter.entity = entity;
  filter.from = from;
  filter.to = to;
  filter.account_prefix = std::string(cash_account_prefix);
  Money cash;
  for (const auto& row : reader.trial_balance(filter)) cash += row.balance();
  return cash;
}

}  // namespace

ActivityCharts activity_chart_series(const CategorySummary& summary, const Labels& labels) {
  return activity_chart_series(summary, nullptr, labels);
}

ActivityCharts activity_chart_series(const CategorySummary& summary, const CategorySummary* previous, const Labels& t) {
  const auto resources = compared_categories(summary.resources, previous ? &previous->resources : nullptr);
  const auto expenses = compared_categories(summary.expenses, previous ? &previous->expenses : nullptr);
  ActivityCharts charts{series_of(resources, std::string(t("activity.side.resource")), t, false),
                        series_of(expenses, std::string(t("activity.side.expense")), t, false),
                        std::nullopt,
                        std::nullopt,
                        {},
                        {}};
  for (const auto& row : resources) charts.resource_codes.push_back(row.code);
  for (const auto& row : expenses) charts.expense_codes.push_back(row.code);
  if (previous != nullptr) {
    const std::string year = std::to_string(previous->year);
    charts.previous_resources = series_of(resources, year, t, true);
    charts.previous_expenses = series_of(expenses, year, t, true);
  }
  return charts;
}

TableData activity_table(const CategorySummary& summary, const std::string& title, const Labels& labels) {
  TableDataCollector collector("activity");
  write_category_summary(summary, title, labels, collector);
  return collector.table();
}

TableData activity_table(const CategorySummary& summary, const CategorySummary* previous, const std::string& title,
                         const Labels& labels) {
  TableDataCollector collector("activity");
  write_category_comparison(summary, previous, title, labels, collector);
  return collector.table();
}

std::vector<MonthEndCash> month_end_cash(const BookReader& reader, const std::vector<std::string>& entities, int year) {
  std::vector<MonthEndCash> points;
  std::optional<FiscalYear> dates;
  for (const auto& entity : entities) {
    const auto years = reader.fiscal_years(entity);
    const FiscalYear& y = year_of(years, entity, year);
    if (!dates) {
      dates = y;
      for (Date d = y.start.end_of_month(); d < y.end; d = d.plus_days(1).end_of_month()) points.push_back({d, {}});
      points.push_back({y.end, {}});
    } else if (dates->start != y.start || dates->end != y.end) {
      throw Error(ErrorKind::InvalidInput, "the fiscal years " + std::to_string(year) + " of " + entities.front() +
                                               " and " + entity + " have different dates");
    }
    const Date from = count_from(reader, entity, years, y);
    for (auto& point : points) point.balance += cash_balance(reader, entity, from, point.date);
  }
  return points;
}

ChartSeries month_end_cash_series(const std::vector<MonthEndCash>& points, const std::string& name,
                                  const Labels& labels) {
  ChartSeries series{name, {}, {}};
  for (const auto& point : points) {
    series.x_labels.emplace_back(labels("common.month." + std::to_string(point.date.month())));
    series.values.push_back(point.balance);
  }
  return series;
}

}  // namespace comptoir
