// What the Actuals view's tests check: the figures reports/ computes on
// the shared demo book (read through a connection of the test's own), and
// the charts and table of the view held against them to the cent.
#pragma once

#include <QFont>
#include <QHash>
#include <QLineSeries>
#include <QtTest>
#include <cmath>
#include <string>
#include <vector>

#include "cash_chart.hpp"
#include "category_chart.hpp"
#include "display.hpp"
#include "reports/activity_charts.hpp"
#include "reports/category_summaries.hpp"
#include "store/sqlite_book.hpp"
#include "support/demo_book.hpp"
#include "table_model.hpp"

namespace comptoir::gui::checks {

// What the report computes, read through a connection of the test's own.
inline CategorySummary report(const std::string& entity, int year) {
  const auto book = SqliteBook::open(test::shared_demo_book().string(), OpenMode::ReadOnly);
  return summarise_by_category(*book, entity, year, CategoryScheme::activity_report());
}

inline CategorySummary combined_report(int year) {
  const auto book = SqliteBook::open(test::shared_demo_book().string(), OpenMode::ReadOnly);
  return summarise_combined(*book, {"AT", "RES"}, year, CategoryScheme::activity_report());
}

inline std::vector<MonthEndCash> cash_report(const std::vector<std::string>& entities, int year) {
  const auto book = SqliteBook::open(test::shared_demo_book().string(), OpenMode::ReadOnly);
  return month_end_cash(*book, entities, year);
}

// The rows a chart of `side` must show, in order: "other" only when not
// zero (in N, or in N-1 beside it).
inline std::vector<CategoryRow> shown_rows(const CategorySideSummary& side,
                                           const CategorySideSummary* previous = nullptr) {
  std::vector<CategoryRow> rows;
  for (const auto& row : side.rows) {
    const CategoryRow* before = previous != nullptr ? previous->find(row.code) : nullptr;
    const bool zero = row.amount.is_zero() && (before == nullptr || before->amount.is_zero());
    if (!(row.code == "other" && zero)) rows.push_back(row);
  }
  return rows;
}

// The amount of category `code` in `side`, zero when it lacks it.
inline Money amount_of(const CategorySideSummary& side, const std::string& code) {
  const CategoryRow* row = side.find(code);
  return row != nullptr ? row->amount : Money();
}

// The chart draws the report's rows: same labels, same order, bars of the
// same length to the cent, tooltips with the exact French amount; and
// N-1's bars beside them when `previous` is given, none otherwise.
inline void check_chart(const CategoryChart& chart, const CategorySideSummary& side, const Labels& t,
                        const CategorySideSummary* previous = nullptr) {
  const auto rows = shown_rows(side, previous);
  QCOMPARE(chart.categories().size(), static_cast<qsizetype>(rows.size()));
  QCOMPARE(chart.has_previous(), previous != nullptr);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int index = static_cast<int>(i);
    QCOMPARE(chart.categories().at(index), to_qstring(t.french() ? rows[i].label_fr : rows[i].label_en));
    QCOMPARE(chart.amounts().at(i), rows[i].amount);
    QCOMPARE(std::llround(chart.bar_value(index) * 100), static_cast<long long>(rows[i].amount.cents()));
    QVERIFY2(chart.tooltip(index).endsWith(euros(rows[i].amount, t)), qPrintable(chart.tooltip(index)));
    if (previous == nullptr) continue;
    const Money before = amount_of(*previous, rows[i].code);
    QCOMPARE(chart.previous_amounts().at(i), before);
    QCOMPARE(std::llround(chart.previous_bar_value(index) * 100), static_cast<long long>(before.cents()));
    QVERIFY2(chart.previous_tooltip(index).endsWith(euros(before, t)), qPrintable(chart.previous_tooltip(index)));
  }
}

// The table has a row per category with the exact amount (and N-1's, or
// an empty N-1 column), and the result.
inline void check_table(const TableModel& model, const CategorySummary& summary, const Labels& t,
                        const CategorySummary* previous = nullptr) {
  QCOMPARE(model.columnCount(), 5);  // side, category, amount, amount N-1, share
  QHash<QString, qlonglong> amounts;
  QHash<QString, QVariant> before;
  for (int r = 0; r < model.rowCount(); ++r) {
    const QString key = model.index(r, 0).data().toString() + '/' + model.index(r, 1).data().toString();
    amounts.insert(key, model.index(r, 2).data(Qt::UserRole).toLongLong());
    before.insert(key, model.index(r, 3).data(Qt::UserRole));
    if (previous == nullptr) QCOMPARE(model.index(r, 3).data().toString(), QString());
  }
  for (const auto side : {CategorySide::Expense, CategorySide::Resource}) {
    const bool expense = side == CategorySide::Expense;
    const CategorySideSummary& now = expense ? summary.expenses : summary.resources;
    const CategorySideSummary* then =
        previous == nullptr ? nullptr : (expense ? &previous->expenses : &previous->resources);
    const QString side_name = to_qstring(t(expense ? "activity.side.expense" : "activity.side.resource"));
    for (const auto& row : shown_rows(now, then)) {
      const QString key = side_name + '/' + to_qstring(t.french() ? row.label_fr : row.label_en);
      QVERIFY2(amounts.contains(key), qPrintable(key));
      QCOMPARE(amounts.value(key), static_cast<qlonglong>(row.amount.cents()));
      if (then == nullptr) {
        QVERIFY(!before.value(key).isValid());
      } else {
        QCOMPARE(before.value(key).toLongLong(), static_cast<qlonglong>(amount_of(*then, row.code).cents()));
      }
    }
  }
  const int last = model.rowCount() - 1;
  QCOMPARE(model.index(last, 2).data(Qt::UserRole).toLongLong(), static_cast<qlonglong>(summary.result().cents()));
  QCOMPARE(model.index(last, 2).data().toString(), euros(summary.result(), t));
  QVERIFY(model.index(last, 2).data(Qt::FontRole).value<QFont>().bold());
  if (previous != nullptr) {
    QCOMPARE(model.index(last, 3).data(Qt::UserRole).toLongLong(), static_cast<qlonglong>(previous->result().cents()));
  }
}

// The cash chart draws the report's month ends: one point each, to the
// cent through chart_value(), with the exact amount in its tooltip; and
// N-1's line when `previous` is not empty.
inline void check_cash(const CashChart& chart, const std::vector<MonthEndCash>& expected,
                       const std::vector<MonthEndCash>& previous, const Labels& t) {
  QVERIFY(chart.line() != nullptr);
  QCOMPARE(chart.points().size(), expected.size());
  const auto drawn = chart.line()->points();
  QCOMPARE(drawn.size(), static_cast<qsizetype>(expected.size()));
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const int index = static_cast<int>(i);
    QCOMPARE(chart.points()[i].date, expected[i].date);
    QCOMPARE(chart.points()[i].balance, expected[i].balance);
    QCOMPARE(drawn[index].y(), chart_value(expected[i].balance));
    QCOMPARE(std::llround(drawn[index].y() * 100), static_cast<long long>(expected[i].balance.cents()));
    QVERIFY2(chart.tooltip(index).endsWith(euros(expected[i].balance, t)), qPrintable(chart.tooltip(index)));
    QVERIFY2(chart.tooltip(index).contains(to_qstring(t.date(expected[i].date))), qPrintable(chart.tooltip(index)));
  }
  QCOMPARE(chart.previous_line() != nullptr, !previous.empty());
  if (previous.empty()) return;
  const auto before = chart.previous_line()->points();
  QCOMPARE(before.size(), static_cast<qsizetype>(previous.size()));
  for (std::size_t i = 0; i < previous.size(); ++i) {
    QCOMPARE(std::llround(before[static_cast<int>(i)].y() * 100), static_cast<long long>(previous[i].balance.cents()));
    QVERIFY(chart.tooltip(static_cast<int>(i), true).endsWith(euros(previous[i].balance, t)));
  }
}

}  // namespace comptoir::gui::checks
