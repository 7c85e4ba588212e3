// Fiscal years of any dates through the Book on a real SQLite file: the
// first year, the year that follows, earlier years on the same closing day,
// refusals (length, overlap, same name), and entries numbered in the year
// whose dates hold them.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "sqlite_test_support.hpp"

namespace comptoir {
namespace {

using test::day;

class FiscalYearBook : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = SqliteBook::open(dir_.file("sept.db"), OpenMode::Create);
    Book book(*db_, *db_);
    auto scope = book.begin();
    book.initialise(twelve_months_from(day(2024, 9, 1)));
    scope->commit();
  }
  // Runs `f` on a Book in a scope it commits; returns the error kind, if any.
  std::optional<ErrorKind> write(const std::function<void(Book&)>& f) {
    Book book(*db_, *db_);
    auto scope = book.begin();
    try {
      f(book);
    } catch (const Error& e) {
      return e.kind();
    }
    scope->commit();
    return std::nullopt;
  }
  std::vector<FiscalYear> years() const { return db_->fiscal_years("AT"); }

  test::TempDir dir_;
  std::unique_ptr<SqliteBook> db_;
};

TEST_F(FiscalYearBook, TheFirstYearIsStoredWithItsDatesAndName) {
  ASSERT_EQ(years().size(), 1U);
  EXPECT_EQ(years()[0].year, 2025);
  EXPECT_EQ(years()[0].start, day(2024, 9, 1));
  EXPECT_EQ(years()[0].end, day(2025, 8, 31));
  EXPECT_EQ(db_->fiscal_years("RES").size(), 1U);
}

TEST_F(FiscalYearBook, FollowingAndEarlierYearsKeepTheClosingDay) {
  FiscalYear next;
  FiscalYear earlier;
  EXPECT_FALSE(write([&](Book& b) { next = b.add_following_year("AT"); }));
  EXPECT_FALSE(write([&](Book& b) { earlier = b.add_year_ending_in("AT", 2024); }));
  EXPECT_EQ(next.start, day(2025, 9, 1));
  EXPECT_EQ(next.end, day(2026, 8, 31));
  EXPECT_EQ(earlier.start, day(2023, 9, 1));
  EXPECT_EQ(earlier.end, day(2024, 8, 31));
  FiscalYear again;
  EXPECT_FALSE(write([&](Book& b) { again = b.add_year_ending_in("AT", 2027); }));  // the one that follows
  EXPECT_EQ(again.start, day(2026, 9, 1));
  ASSERT_EQ(years().size(), 4U);
  EXPECT_EQ(db_->fiscal_years("RES").size(), 1U);
}

TEST_F(FiscalYearBook, RefusesOverlapsOtherLengthsAndTwoYearsEndingInOneYear) {
  EXPECT_EQ(write([](Book& b) { b.add_fiscal_year("AT", 2025); }), ErrorKind::InvalidInput);  // overlaps
  EXPECT_EQ(write([](Book& b) {
              b.add_fiscal_year("AT", FiscalYear{0, day(2025, 9, 1), day(2027, 9, 30)});
            }),
            ErrorKind::InvalidInput);  // 25 months
  EXPECT_EQ(write([](Book& b) {
              b.add_fiscal_year("AT", FiscalYear{0, day(2025, 9, 1), day(2025, 9, 20)});
            }),
            ErrorKind::InvalidInput);  // under a month
  EXPECT_EQ(write([](Book& b) {
              b.add_fiscal_year("AT", FiscalYear{0, day(2025, 9, 1), day(2025, 12, 31)});
            }),
            ErrorKind::InvalidInput);  // a second year ending in 2025
  EXPECT_EQ(write([](Book& b) { (void)b.add_following_year("XX"); }), ErrorKind::NotFound);
  EXPECT_EQ(years().size(), 1U);
}

TEST_F(FiscalYearBook, EntriesAreNumberedInTheYearWhoseDatesHoldThem) {
  ASSERT_FALSE(write([](Book& b) { (void)b.add_following_year("AT"); }));
  std::vector<std::int64_t> ids;
  for (const Date d : {day(2024, 10, 15), day(2025, 8, 31), day(2025, 9, 1)}) {
    ASSERT_FALSE(write([&](Book& b) {
      ids.push_back(b.post(
          test::transaction("AT", "OD", d, "P", {test::debit("606100", 100), test::credit("512000", 100)}), true, d));
    }));
  }
  EXPECT_EQ(test::query_int(dir_.file("sept.db"), "SELECT fiscal_year FROM txn WHERE id = " + std::to_string(ids[0])),
            2025);
  EXPECT_EQ(test::query_int(dir_.file("sept.db"), "SELECT fiscal_year FROM txn WHERE id = " + std::to_string(ids[1])),
            2025);
  EXPECT_EQ(test::query_int(dir_.file("sept.db"), "SELECT fiscal_year FROM txn WHERE id = " + std::to_string(ids[2])),
            2026);
  EXPECT_EQ(test::query_int(dir_.file("sept.db"), "SELECT sequence FROM txn WHERE id = " + std::to_string(ids[2])), 1);
  EXPECT_EQ(write([](Book& b) {
              (void)b.post(test::transaction("AT", "OD", day(2024, 8, 31), "P",
                                             {test::debit("606100", 100), test::credit("512000", 100)}),
                           true, day(2024, 8, 31));
            }),
            ErrorKind::InvalidInput);  // before the first year
}

}  // namespace
}  // namespace comptoir
