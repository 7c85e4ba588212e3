// The month-end cash of a fiscal year: one point per month end, from the
// year's start (its opening entries carry the year before's balances), the
// 5xx balance of the trial balance; any dates; both entities summed.
#include <gtest/gtest.h>

#include "core/book.hpp"
#include "core/error.hpp"
#include "reports/activity_charts.hpp"
#include "support/demo_book_suite.hpp"
#include "unit/reports/report_book_support.hpp"

namespace comptoir {
namespace {

class MonthEndCashDemo : public test::DemoBookReader {};

// The balance of the accounts starting with `prefix` over fiscal year `year`.
Money year_balance(const BookReader& book, const std::string& entity, int year, const std::string& prefix) {
  TransactionFilter filter;
  filter.entity = entity;
  filter.fiscal_year = year;
  filter.account_prefix = prefix;
  Money sum;
  for (const auto& row : book.trial_balance(filter)) sum += row.balance();
  return sum;
}

// What journal `journal` (or every other one) posted on the 5xx accounts of
// `entity` from `from` to `to`, read from the ledger lines.
Money cash_lines(const BookReader& book, const std::string& entity, Date from, Date to, bool opening) {
  TransactionFilter filter;
  filter.entity = entity;
  filter.from = from;
  filter.to = to;
  filter.account_prefix = "5";
  Money sum;
  book.for_each_ledger_line(filter, [&](const LedgerLine& line) {
    if ((line.journal == "AN") == opening) sum += line.posting.debit - line.posting.credit;
  });
  return sum;
}

TEST_F(MonthEndCashDemo, TwelveMonthEndsOfTheYear) {
  const auto points = month_end_cash(demo(), {"AT"}, 2025);
  ASSERT_EQ(points.size(), 12U);
  for (unsigned m = 1; m <= 12; ++m) {
    EXPECT_EQ(points[m - 1].date, Date::from_ymd(2025, m, 1).end_of_month()) << m;
  }
}

TEST_F(MonthEndCashDemo, DecemberIsTheYearsCashBalance) {
  for (const char* entity : {"AT", "RES"}) {
    const auto points = month_end_cash(demo(), {entity}, 2025);
    // The demo's cash: banks (512) and the till (53); any other class-5
    // account (cards in transit 511) is counted too.
    const Money bank_and_till = year_balance(demo(), entity, 2025, "512") + year_balance(demo(), entity, 2025, "53");
    const Money class_5 = year_balance(demo(), entity, 2025, "5");
    EXPECT_EQ(points.back().balance, class_5) << entity;
    EXPECT_EQ(class_5 - bank_and_till,
              year_balance(demo(), entity, 2025, "511") + year_balance(demo(), entity, 2025, "58"))
        << entity;
  }
}

TEST_F(MonthEndCashDemo, JanuaryIncludesTheOpeningEntries) {
  const auto points = month_end_cash(demo(), {"AT"}, 2025);
  const Date start = Date::from_ymd(2025, 1, 1);
  const Date january = Date::from_ymd(2025, 1, 31);
  const Money opening = cash_lines(demo(), "AT", start, january, true);
  const Money movements = cash_lines(demo(), "AT", start, january, false);
  EXPECT_FALSE(opening.is_zero());
  EXPECT_EQ(points.front().balance, opening + movements);
  // The 2024 closing cash is what 2025 opens with.
  const auto before = month_end_cash(demo(), {"AT"}, 2024);
  ASSERT_EQ(before.size(), 12U);
  EXPECT_EQ(before.back().date, Date::from_ymd(2024, 12, 31));
  EXPECT_EQ(before.back().balance, opening);
}

TEST_F(MonthEndCashDemo, CombinedIsTheSumOfBothEntities) {
  const auto at = month_end_cash(demo(), {"AT"}, 2025);
  const auto res = month_end_cash(demo(), {"RES"}, 2025);
  const auto both = month_end_cash(demo(), {"AT", "RES"}, 2025);
  ASSERT_EQ(both.size(), at.size());
  for (std::size_t i = 0; i < both.size(); ++i) EXPECT_EQ(both[i].balance, at[i].balance + res[i].balance);
}

TEST_F(MonthEndCashDemo, SeriesLabelsAreMonths) {
  const auto points = month_end_cash(demo(), {"RES"}, 2025);
  const auto fr = month_end_cash_series(points, "2025", Labels(Language::French));
  EXPECT_EQ(fr.name, "2025");
  ASSERT_EQ(fr.x_labels.size(), 12U);
  EXPECT_EQ(fr.x_labels.front(), "janv.");
  EXPECT_EQ(fr.x_labels[7], "août");
  EXPECT_EQ(fr.x_labels.back(), "déc.");
  const auto en = month_end_cash_series(points, "2025", Labels(Language::English));
  EXPECT_EQ(en.x_labels.front(), "Jan");
  for (std::size_t i = 0; i < points.size(); ++i) EXPECT_EQ(fr.values[i], points[i].balance);
}

TEST_F(MonthEndCashDemo, AYearTheBookLacksIsRefused) {
  EXPECT_THROW((void)month_end_cash(demo(), {"AT"}, 2031), Error);
}

TEST(MonthEndCash, AYearOfOtherDatesWithoutOpeningEntriesCountsFromTheYearBefore) {
  // 1 September 2024 to 31 August 2025, then the 12 months that follow (no
  // close: its balances are not carried, so 2026 counts from 2024-09-01).
  test::ReportBook book(FiscalYear{2025, Date::from_ymd(2024, 9, 1), Date::from_ymd(2025, 8, 31)});
  {
    Book b(book.store(), book.store());
    auto scope = b.begin();
    b.add_following_year("RES");
    scope->commit();
  }
  book.post("RES", "BQ", Date::from_ymd(2024, 9, 15), "A", {{"512000", "300.00", ""}, {"756000", "", "300.00"}});
  book.post("RES", "BQ", Date::from_ymd(2025, 8, 31), "B", {{"512000", "50.00", ""}, {"756000", "", "50.00"}});
  book.post("RES", "CA", Date::from_ymd(2025, 10, 2), "C", {{"530000", "20.00", ""}, {"756000", "", "20.00"}});
  const auto first = month_end_cash(book.store(), {"RES"}, 2025);
  ASSERT_EQ(first.size(), 12U);
  EXPECT_EQ(first.front().date, Date::from_ymd(2024, 9, 30));
  EXPECT_EQ(first.front().balance, Money::parse("300.00"));
  EXPECT_EQ(first.back().date, Date::from_ymd(2025, 8, 31));
  EXPECT_EQ(first.back().balance, Money::parse("350.00"));
  const auto second = month_end_cash(book.store(), {"RES"}, 2026);
  ASSERT_EQ(second.size(), 12U);
  EXPECT_EQ(second.front().date, Date::from_ymd(2025, 9, 30));
  EXPECT_EQ(second.front().balance, Money::parse("350.00"));
  EXPECT_EQ(second[1].balance, Money::parse("370.00"));
  EXPECT_EQ(month_end_cash_series(second, "2026", Labels(Language::French)).x_labels.front(), "sept.");
  // AT has no 2026: the combined view refuses it.
  EXPECT_THROW((void)month_end_cash(book.store(), {"RES", "AT"}, 2026), Error);
}

}  // namespace
}  // namespace comptoir
