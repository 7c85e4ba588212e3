// check_running_totals: silent on a sound book, names the account and month
// of a tampered or missing running total.
#include <gtest/gtest.h>

#include "sqlite_test_support.hpp"

namespace comptoir {
namespace {

using test::credit;
using test::day;
using test::debit;

TEST(SqliteRunningTotalsCheck, DetectsTamperedAndMissingTotals) {
  test::TempDir dir;
  const std::string path = dir.file("book.db");
  auto db = test::initialised_book(path);
  {
    Book book(*db, *db);
    auto scope = book.begin();
    for (unsigned month = 1; month <= 3; ++month) {
      book.post(test::transaction("AT", "BQ", day(2025, month, 10), "B" + std::to_string(month),
                                  {debit("512000", 10000), credit("706000", 10000)}),
                true, day(2025, 3, 31));
    }
    book.post(test::transaction("AT", "BQ", day(2025, 4, 10), "D1", {debit("512000", 1), credit("706000", 1)}), false,
              day(2025, 3, 31));
    scope->commit();
  }
  EXPECT_TRUE(db->check_running_totals().empty());

  ASSERT_EQ(test::run_sql_as_store(path,
                                   "UPDATE account_month_total SET debit = debit + 1 "
                                   "WHERE entity = 'AT' AND account = '512000' AND month = '2025-02'")
                .code,
            0);
  ASSERT_EQ(test::run_sql_as_store(path,
                                   "DELETE FROM account_month_total "
                                   "WHERE entity = 'AT' AND account = '706000' AND month = '2025-03'")
                .code,
            0);
  const auto problems = db->check_running_totals();
  ASSERT_EQ(problems.size(), 2U);
  EXPECT_EQ(problems[0],
            "account 512000 of AT, 2025-02: the running total says debit 100.01, credit 0.00 but the validated "
            "postings total debit 100.00, credit 0.00");
  EXPECT_EQ(problems[1],
            "account 706000 of AT, 2025-03: validated postings total debit 0.00, credit 100.00 but no running "
            "total is stored");
}

}  // namespace
}  // namespace comptoir
