// Opening books: schema creation and version, migration of an empty file,
// refusal of missing, foreign, existing or newer files, read-only mode.
#include <gtest/gtest.h>

#include <fstream>

#include "core/error.hpp"
#include "sqlite_test_support.hpp"

namespace comptoir {
namespace {

using test::TempDir;

ErrorKind kind_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    return e.kind();
  }
  ADD_FAILURE() << "no comptoir::Error thrown";
  return ErrorKind::Internal;
}

TEST(SqliteBookOpen, CreateMakesTheSchema) {
  TempDir dir;
  const std::string path = dir.file("book.db");
  auto db = SqliteBook::open(path, OpenMode::Create);
  EXPECT_EQ(db->schema_version(), SqliteBook::current_schema_version());
  EXPECT_EQ(test::query_int(path, "PRAGMA user_version"), SqliteBook::current_schema_version());
  EXPECT_EQ(test::query_int(path, "PRAGMA application_id"), 0x434D5054);
  for (const char* table : {"entity", "account", "auxiliary", "journal", "fiscal_year", "txn", "posting", "posting_tag",
                            "lettering", "account_month_total", "running_total_guard", "year_lock"}) {
    EXPECT_EQ(test::query_int(path, std::string("SELECT strict FROM pragma_table_list WHERE name = '") + table + "'"),
              1)
        << table << " should be a STRICT table";
  }
  EXPECT_EQ(test::query_int(path,
                            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                            " AND tbl_name NOT LIKE 'till_import%' AND tbl_name NOT LIKE 'grant_%'"
                            " AND tbl_name <> 'fec_import' AND tbl_name <> 'fixed_asset' AND tbl_name NOT LIKE 'bank_%'"
                            " AND tbl_name <> 'year_lock'"),
            24);  // v1's 19, v9's 4 on posting_tag and lettering and v12's record of a closing on fiscal_year
                  // (the tables left out hold the triggers of v3, v4, v5, v7, v9's others, v10, v11 and v12's)
}

TEST(SqliteBookOpen, ConnectionSettings) {
  TempDir dir;
  const std::string path = dir.file("book.db");
  auto db = SqliteBook::open(path, OpenMode::Create);
  EXPECT_EQ(test::query_int(path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), 1);
}

TEST(SqliteBookOpen, MigratesAnEmptyFile) {
  TempDir dir;
  const std::string path = dir.file("empty.db");
  std::ofstream(path).close();
  auto db = SqliteBook::open(path, OpenMode::Create);
  EXPECT_EQ(db->schema_version(), SqliteBook::current_schema_version());
  EXPECT_TRUE(db->entities().empty());
}

TEST(SqliteBookOpen, ReopensAtTheCurrentVersion) {
  TempDir dir;
  const std::string path = dir.file("book.db");
  test::initialised_book(path).reset();
  auto db = SqliteBook::open(path, OpenMode::ReadWrite);
  EXPECT_EQ(db->schema_version(), SqliteBook::current_schema_version());
  EXPECT_EQ(db->entities().size(), 2U);
}

TEST(SqliteBookOpen, MissingFileIsNotFound) {
  TempDir dir;
  const std::string path = dir.file("missing.db");
  try {
    (void)SqliteBook::open(path, OpenMode::ReadWrite);
    FAIL() << "opened a missing book";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
    EXPECT_EQ(std::string(e.what()), "no book at " + path + " (create one with `comptoir init`)");
  }
  EXPECT_EQ(kind_of([&] { (void)SqliteBook::open(path, OpenMode::ReadOnly); }), ErrorKind::NotFound);
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(SqliteBookOpen, CreateRefusesAnExistingBook) {
  TempDir dir;
  const std::string path = dir.file("book.db");
  test::initialised_book(path).reset();
  EXPECT_EQ(kind_of([&] { (void)SqliteBook::open(path, OpenMode::Create); }), ErrorKind::InvalidInput);
}

TEST(SqliteBookOpen, RefusesAFileThatIsNotABook) {
  TempDir dir;
  const std::string text = dir.file("notes.txt");
  std::ofstream(text) << "this is not a database, just some text that is long enough to have a header......\n";
  try {
    (void)SqliteBook::open(text, OpenMode::ReadWrite);
    FAIL() << "opened a text file";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    EXPECT_NE(std::string(e.what()).find("is not a Comptoir book"), std::string::npos) << e.what();
  }
}

TEST(SqliteBookOpen, RefusesAnotherSqliteDatabase) {
  TempDir dir;
  const std::string path = dir.file("other.db");
  { auto created = SqliteBook::open(path, OpenMode::Create); }
  ASSERT_EQ(test::run_sql(path, "PRAGMA application_id = 42").code, 0);
  try {
    (void)SqliteBook::open(path, OpenMode::ReadOnly);
    FAIL() << "opened a foreign database";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    EXPECT_EQ(std::string(e.what()), path +
                                         " is not a Comptoir book (an SQLite database of another program): check "
                                         "the --db path, or create a book with `comptoir init`");
  }
}

TEST(SqliteBookOpen, RefusesANewerSchema) {
  TempDir dir;
  const std::string path = dir.file("book.db");
  { auto created = SqliteBook::open(path, OpenMode::Create); }
  ASSERT_EQ(test::run_sql(path, "PRAGMA user_version = 99").code, 0);
  try {
    (void)SqliteBook::open(path, OpenMode::ReadWrite);
    FAIL() << "opened a newer book";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Storage);
    EXPECT_NE(std::string(e.what()).find("schema version 99"), std::string::npos) << e.what();
  }
}

TEST(SqliteBookOpen, ReadOnlyRefusesEveryWrite) {
  TempDir dir;
  const std::string path = dir.file("book.db");
  test::initialised_book(path).reset();
  auto db = SqliteBook::open(path, OpenMode::ReadOnly);
  EXPECT_EQ(db->entities().size(), 2U);
  try {
    (void)db->begin();
    FAIL() << "began writing a read-only book";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Locked);
    EXPECT_EQ(std::string(e.what()).rfind("the book " + path + " is opened read-only: ", 0), 0U) << e.what();
  }
  const auto t = test::transaction("AT", "OD", test::day(2025, 1, 2), "P1",
                                   {test::debit("512000", 100), test::credit("706000", 100)});
  EXPECT_EQ(kind_of([&] { db->add_entity(Entity{"X", "X", "123456789", false}); }), ErrorKind::Locked);
  EXPECT_EQ(kind_of([&] { db->add_account("AT", Account{"706999", "x"}); }), ErrorKind::Locked);
  EXPECT_EQ(kind_of([&] { db->add_journal("AT", Journal{"ZZ", "x"}); }), ErrorKind::Locked);
  EXPECT_EQ(kind_of([&] { db->set_fiscal_year_status("AT", 2025, FiscalYearStatus::Closed); }), ErrorKind::Locked);
  EXPECT_EQ(kind_of([&] { (void)db->insert_transaction(t); }), ErrorKind::Locked);
  EXPECT_EQ(kind_of([&] { db->mark_validated(t); }), ErrorKind::Locked);
  EXPECT_EQ(kind_of([&] { db->delete_draft(1); }), ErrorKind::Locked);
}

TEST(SqliteBookOpen, WritesNeedAScope) {
  TempDir dir;
  auto db = test::initialised_book(dir.file("book.db"));
  EXPECT_EQ(kind_of([&] { db->add_journal("AT", Journal{"ZZ", "x"}); }), ErrorKind::Internal);
  auto scope = db->begin();
  EXPECT_EQ(kind_of([&] { (void)db->begin(); }), ErrorKind::Internal);
}

}  // namespace
}  // namespace comptoir
