// Book snapshots compare content byte for byte: a value's storage type
// counts (1, 1.0, '1' and x'31' differ), WITHOUT ROWID tables are read in a
// stable order, and reading never writes nor creates the file.
#include "support/book_snapshot.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "support/temp_dir.hpp"

namespace comptoir::test {
namespace {

using ::testing::HasSubstr;

void exec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* message = nullptr;
  const int status = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
  const std::string error = message != nullptr ? message : "";
  sqlite3_free(message);
  sqlite3_close(db);
  ASSERT_EQ(status, SQLITE_OK) << error;
}

class BookSnapshotTest : public ::testing::Test {
 protected:
  TempDir dir_;
  std::string db_ = dir_.file("plain.db");
};

TEST_F(BookSnapshotTest, TheStorageTypeOfAValueCounts) {
  exec(db_, "CREATE TABLE t(x); INSERT INTO t VALUES (1)");
  const auto integer = snapshot_book(db_);
  for (const char* other : {"'1'", "1.0", "x'31'", "NULL"}) {
    exec(db_, std::string("UPDATE t SET x = ") + other);
    EXPECT_THAT(snapshot_book(db_), ::testing::Not(SameBookAs(integer))) << other;
  }
  exec(db_, "UPDATE t SET x = 1");
  EXPECT_THAT(snapshot_book(db_), SameBookAs(integer));
}

TEST_F(BookSnapshotTest, RowsOfEveryKindOfTableInAStableOrder) {
  exec(db_,
       "CREATE TABLE k(code TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID;"
       "INSERT INTO k VALUES ('b', 2), ('a', 1); CREATE TABLE r(v TEXT); INSERT INTO r VALUES ('z'), ('y')");
  const auto snapshot = snapshot_book(db_);
  EXPECT_EQ(snapshot.rows.at("k"), (std::vector<std::string>{"'a'|1", "'b'|2"}));
  EXPECT_EQ(snapshot.rows.at("r"), (std::vector<std::string>{"'z'", "'y'"}));  // rowid order
  exec(db_, "UPDATE k SET n = 3 WHERE code = 'b'");
  EXPECT_THAT(first_difference(snapshot_book(db_), snapshot),
              HasSubstr("table k: 2 rows, was 2; row 2 is 'b'|3, was 'b'|2"));
}

TEST_F(BookSnapshotTest, ARemovedRowAndANewTableAreNamed) {
  exec(db_, "CREATE TABLE t(x); INSERT INTO t VALUES ('kept'), ('gone')");
  const auto before = snapshot_book(db_);
  exec(db_, "DELETE FROM t WHERE x = 'gone'");
  EXPECT_THAT(first_difference(snapshot_book(db_), before), HasSubstr("row 2 removed: 'gone'"));
  exec(db_, "INSERT INTO t VALUES ('gone'); CREATE TABLE u(y)");
  EXPECT_THAT(first_difference(snapshot_book(db_), before), HasSubstr("schema has a new or changed entry: table u"));
}

}  // namespace
}  // namespace comptoir::test
