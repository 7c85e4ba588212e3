// The activity report's figures as a chart draws them: resources by source
// and expenses by category, one point per category, beside the previous
// fiscal year's when there is one; the same figures as a table held whole;
// and the month-end cash of a fiscal year. What the desktop app's
// "Actuals" view shows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/book_reader.hpp"
#include "core/date.hpp"
#include "core/money.hpp"
#include "labels/labels.hpp"
#include "reports/category_summary.hpp"
#include "reports/chart_series.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

struct ActivityCharts {
  ChartSeries resources;  // resources by source
  ChartSeries expenses;   // expenses by category
  // The previous fiscal year's amounts on the same categories (same x
  // labels); nullopt when there is no previous year.
  std::optional<ChartSeries> previous_resources;
  std::optional<ChartSeries> previous_expenses;
  // The category code of each point ("other" for the unmatched accounts):
  // what a click on a bar asks the ledger lines of.
  std::vector<std::string> resource_codes;
  std::vector<std::string> expense_codes;
};

// One point per category of each side, in the scheme's order, labelled in
// `labels`' language; the "other" row only when it is not zero (as the
// table shows it). The amounts are the summary's, unchanged.
[[nodiscard]] ActivityCharts activity_chart_series(const CategorySummary& summary, const Labels& labels);

// The same beside `previous` (N-1 of the same entities, or null): the
// categories of compared_categories() (a category of either year), the
// previous series named by its year ("2024"), the current one by its.
[[nodiscard]] ActivityCharts activity_chart_series(const CategorySummary& summary, const CategorySummary* previous,
                                                   const Labels& labels);

// The summary as write_category_summary() writes it (side, category,
// amount, share; side totals and the result as total rows), held whole.
[[nodiscard]] TableData activity_table(const CategorySummary& summary, const std::string& title, const Labels& labels);

// The summary beside `previous` as write_category_comparison() writes it:
// an amount column per year, N-1's empty when `previous` is null.
[[nodiscard]] TableData activity_table(const CategorySummary& summary, const CategorySummary* previous,
                                       const std::string& title, const Labels& labels);

// The cash of a fiscal year at one month end.
struct MonthEndCash {
  Date date;      // the month's last day (the year's last day for its last month)
  Money balance;  // debit - credit of the cash accounts (class 5) at that date
};

// The balance of the cash accounts (class 5: banks 512, cash 53, cards in
// transit 511…) of `entities`, summed, at each month end of their fiscal
// year `year`: one point per month the year touches (12 for a 12-month
// year, whatever its dates), from the trial balance from the year's start
// to that day. A year's opening entries (journal AN, on its first day)
// carry the balances of the year before; a year with no opening entries
// counts from where the year before it counts from (its balances are not
// carried), back to a year with opening entries or the first year, as the
// store's carry rule. Throws Error(InvalidInput)
// when an entity lacks the year or the entities' years have different
// dates (their sum would mean nothing).
[[nodiscard]] std::vector<MonthEndCash> month_end_cash(const BookReader& reader,
                                                       const std::vector<std::string>& entities, int year);

// The points as a chart series named `name`, each labelled by its month
// ("janv.", "Jan").
[[nodiscard]] ChartSeries month_end_cash_series(const std::vector<MonthEndCash>& points, const std::string& name,
                                                const Labels& labels);

}  // namespace comptoir
