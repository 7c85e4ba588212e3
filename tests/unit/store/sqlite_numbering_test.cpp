// Numbering read back from the store: each fiscal year continues from its
// own last number, read along the chain order (there is no index on the
// numbers), and a repeated number is caught by verify.
#include <gtest/gtest.h>

#include "core/hash_chain.hpp"
#include "sqlite_test_support.hpp"

namespace comptoir {
namespace {

using test::credit;
using test::day;
using test::debit;

// Posts one validated entry dated `date` through a fresh Book, so that the
// year's last number is read from the file, not from a Book's memory.
void post_on(SqliteBook& db, Date date) {
  Book book(db, db);
  auto scope = book.begin();
  (void)book.post(test::transaction("AT", "OD", date, "P", {debit("606100", 1000), credit("512000", 1000)}), true,
                  date);
  scope->commit();
}

TEST(SqliteNumbering, EachYearContinuesFromItsOwnLastNumber) {
  test::TempDir dir;
  const std::string path = dir.file("book.db");
  auto db = test::initialised_book(path);
  {
    Book book(*db, *db);
    auto scope = book.begin();
    book.add_fiscal_year("AT", 2026);
    scope->commit();
  }
  post_on(*db, day(2025, 12, 1));
  post_on(*db, day(2025, 12, 2));
  post_on(*db, day(2026, 1, 5));
  post_on(*db, day(2026, 1, 6));
  post_on(*db, day(2026, 1, 7));
  post_on(*db, day(2025, 12, 31));  // a late 2025 entry after three of 2026
  post_on(*db, day(2026, 1, 8));
  EXPECT_EQ(db->last_sequence("AT", 2025), 3);
  EXPECT_EQ(db->last_sequence("AT", 2026), 4);
  EXPECT_EQ(db->last_sequence("AT", 2027), 0);
  EXPECT_EQ(db->last_sequence("RES", 2025), 0);
  EXPECT_EQ(test::query_int(path, "SELECT count(*) FROM txn WHERE date = '2025-12-31' AND sequence = 3"), 1);
  EXPECT_EQ(test::query_int(path, "SELECT count(*) FROM txn WHERE date = '2026-01-08' AND sequence = 4"), 1);
  EXPECT_TRUE(verify_book(*db).ok());
}

TEST(SqliteNumbering, ARepeatedNumberIsCaughtByVerify) {
  test::TempDir dir;
  const std::string path = dir.file("book.db");
  auto db = test::initialised_book(path);
  post_on(*db, day(2025, 3, 1));
  post_on(*db, day(2025, 3, 2));
  post_on(*db, day(2025, 3, 3));
  // Plain SQL, immutability trigger out of the way: number 3 becomes 2.
  const auto outcome = test::run_sql(path,
                                     "DROP TRIGGER txn_validated_no_update; "
                                     "UPDATE txn SET sequence = 2 WHERE sequence = 3");
  ASSERT_EQ(outcome.code, 0) << outcome.message;
  const VerificationReport report = verify_book(*db);
  EXPECT_FALSE(report.ok());
  std::string problems;
  for (const auto& entity : report.entities) {
    for (const auto& problem : entity.problems) problems += problem + "\n";
  }
  EXPECT_NE(problems.find("number 2 follows 2"), std::string::npos) << problems;
}

}  // namespace
}  // namespace comptoir
