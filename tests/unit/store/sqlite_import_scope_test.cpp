// Import scopes (SqliteBook::begin_import): the same all-or-nothing write,
// through a rollback journal, and the book is back in WAL afterwards whether
// the scope committed or rolled back. New books use 16 KB pages.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "sqlite_test_support.hpp"

namespace comptoir {
namespace {

using test::credit;
using test::day;
using test::debit;

// A pragma's text value read through a connection of its own.
std::string pragma_text(const std::string& path, const std::string& pragma) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* statement = nullptr;
  std::string value;
  if (sqlite3_prepare_v2(db, ("PRAGMA " + pragma).c_str(), -1, &statement, nullptr) == SQLITE_OK &&
      sqlite3_step(statement) == SQLITE_ROW) {
    value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return value;
}

Transaction sale(unsigned d) {
  return test::transaction("AT", "VE", day(2025, 3, d), "F" + std::to_string(d),
                           {debit("411000", 1000 + d), credit("706000", 1000 + d)});
}

TEST(SqliteImportScope, CommitsThroughARollbackJournalThenReturnsToWal) {
  test::TempDir dir;
  const std::string path = dir.file("book.db");
  auto db = test::initialised_book(path);
  EXPECT_EQ(pragma_text(path, "page_size"), "16384");
  EXPECT_EQ(pragma_text(path, "journal_mode"), "wal");
  {
    Book book(*db, *db);
    auto scope = db->begin_import();
    for (unsigned d = 1; d <= 28; ++d) (void)book.post(sale(d), true, day(2025, 3, 31));
    scope->commit();
  }
  EXPECT_EQ(pragma_text(path, "journal_mode"), "wal");
  EXPECT_EQ(test::query_int(path, "SELECT count(*) FROM txn WHERE status = 'validated'"), 28);
  EXPECT_TRUE(db->check_running_totals().empty());
}

TEST(SqliteImportScope, RollsBackEverythingAndReturnsToWal) {
  test::TempDir dir;
  const std::string path = dir.file("book.db");
  auto db = test::initialised_book(path);
  {
    Book book(*db, *db);
    auto scope = db->begin_import();
    for (unsigned d = 1; d <= 28; ++d) (void)book.post(sale(d), true, day(2025, 3, 31));
  }  // destroyed uncommitted
  EXPECT_EQ(pragma_text(path, "journal_mode"), "wal");
  EXPECT_EQ(test::query_int(path, "SELECT count(*) FROM txn"), 0);
  // The book writes normally afterwards.
  Book book(*db, *db);
  auto scope = book.begin();
  (void)book.post(sale(1), true, day(2025, 3, 31));
  scope->commit();
  EXPECT_EQ(test::query_int(path, "SELECT count(*) FROM txn"), 1);
}

}  // namespace
}  // namespace comptoir
