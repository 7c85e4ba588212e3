// The FEC import record on a real SQLite book: the v5 table (and the
// migration of a v4 book), records read back with their entries'
// references, writes only in a write scope, rows immutable.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "sqlite_test_support.hpp"
#include "store/sqlite_fec_import_log.hpp"

namespace comptoir {
namespace {

using test::credit;
using test::day;
using test::debit;

const std::string sha_a(64, 'a');

class FecImportLogTest : public ::testing::Test {
 protected:
  void SetUp() override { book_ = test::initialised_book(path_); }

  // Posts and validates n entries of AT, returns the chain head after.
  std::int64_t post_validated(int n) {
    Book book(*book_, *book_);
    auto scope = book.begin();
    for (int i = 0; i < n; ++i) {
      book.post(test::transaction("AT", "OD", day(2025, 3, 1), "P", {debit("606100", 100), credit("512000", 100)}),
                true, day(2025, 3, 2));
    }
    scope->commit();
    return book_->chain_head("AT").count;
  }

  FecImportRecord record(std::int64_t first, std::int64_t last) const {
    FecImportRecord r;
    r.entity = "AT";
    r.file_name = "fec.txt";
    r.sha256 = sha_a;
    r.entries = 2;
    r.lines = 4;
    r.first_chain_position = first;
    r.last_chain_position = last;
    r.imported_on = day(2026, 1, 15);
    return r;
  }

  test::TempDir dir_;
  std::string path_ = dir_.file("books.db");
  std::unique_ptr<SqliteBook> book_;
};

TEST_F(FecImportLogTest, RecordsReadBackWithTheirEntries) {
  EXPECT_EQ(book_->schema_version(), SqliteBook::current_schema_version());
  SqliteFecImportLog log(*book_);
  EXPECT_TRUE(log.imports().empty());
  post_validated(1);
  const std::int64_t head = post_validated(2);
  {
    auto scope = book_->begin();
    EXPECT_EQ(log.record(record(head - 1, head)), 1);
    EXPECT_EQ(log.record(record(0, 0)), 2);  // an import that posted nothing
    scope->commit();
  }
  const auto all = log.imports();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].entity, "AT");
  EXPECT_EQ(all[0].file_name, "fec.txt");
  EXPECT_EQ(all[0].sha256, sha_a);
  EXPECT_EQ(all[0].entries, 2u);
  EXPECT_EQ(all[0].lines, 4u);
  EXPECT_EQ(all[0].imported_on, day(2026, 1, 15));
  EXPECT_EQ(all[0].first_chain_position, head - 1);
  EXPECT_EQ(all[0].last_chain_position, head);
  EXPECT_EQ(all[0].first_entry, "AT-2025-000002");
  EXPECT_EQ(all[0].last_entry, "AT-2025-000003");
  EXPECT_TRUE(all[1].first_entry.empty());
  EXPECT_EQ(all[1].first_chain_position, 0);
  EXPECT_EQ(log.imports_of("AT", sha_a).size(), 2u);
  EXPECT_TRUE(log.imports_of("RES", sha_a).empty());
  EXPECT_TRUE(log.imports_of("AT", std::string(64, 'b')).empty());
}

TEST_F(FecImportLogTest, WritesNeedAScopeAndRowsNeverChange) {
  SqliteFecImportLog log(*book_);
  EXPECT_THROW(log.record(record(0, 0)), Error);
  {
    auto scope = book_->begin();
    log.record(record(0, 0));
  }  // rolled back
  EXPECT_TRUE(log.imports().empty());
  {
    auto scope = book_->begin();
    log.record(record(0, 0));
    scope->commit();
  }
  EXPECT_NE(test::run_sql(path_, "UPDATE fec_import SET entries = 9").code, 0);
  EXPECT_NE(test::run_sql(path_, "DELETE FROM fec_import").code, 0);
  EXPECT_EQ(log.imports().size(), 1u);
}

TEST_F(FecImportLogTest, AVersionFourBookMigratesToFive) {
  post_validated(1);
  book_.reset();
  ASSERT_EQ(
      test::run_sql(
          path_,
          "DROP TRIGGER posting_tag_closed_year_insert; DROP TRIGGER lettering_closed_year_insert; "
          "DROP TRIGGER lettering_closed_year_update; DROP TRIGGER lettering_closed_year_delete; "
          "DROP TRIGGER till_import_day_closed_year_insert; DROP TRIGGER grant_tranche_closed_year_insert; "
          "DROP TABLE grant_budget_line; DROP TABLE grant_budget; DROP TABLE fixed_asset; "
          "DROP TABLE fec_import; DROP TABLE bank_match_posting; DROP TABLE bank_match_line; "
          "DROP TABLE bank_match; DROP TABLE bank_line; DROP TABLE bank_statement; "
          // version 13 sealed the till imports: undone as the trigger was before
          "DROP TRIGGER till_import_no_update; ALTER TABLE till_import DROP COLUMN seal; "
          "CREATE TRIGGER till_import_no_update BEFORE UPDATE ON till_import BEGIN SELECT RAISE(ABORT, 'no'); END; "
          "DROP TRIGGER fiscal_year_lock_on_close; DROP TABLE year_lock; PRAGMA user_version = 4")
          .code,
      0);
  book_ = SqliteBook::open(path_, OpenMode::ReadWrite);
  EXPECT_EQ(book_->schema_version(), SqliteBook::current_schema_version());
  EXPECT_EQ(book_->chain_head("AT").count, 1);  // the v4 data is kept
  EXPECT_TRUE(SqliteFecImportLog(*book_).imports().empty());
  EXPECT_EQ(test::query_int(path_, "SELECT strict FROM pragma_table_list WHERE name = 'fec_import'"), 1);
  EXPECT_EQ(test::query_int(path_, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'fec_%'"),
            2);
}

}  // namespace
}  // namespace comptoir
