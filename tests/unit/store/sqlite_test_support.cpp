// Helpers of the SQLite store tests.
#include "sqlite_test_support.hpp"

#include <sqlite3.h>

#include <stdexcept>

namespace comptoir::test {

std::unique_ptr<SqliteBook> initialised_book(const std::string& path) {
  auto db = SqliteBook::open(path, OpenMode::Create);
  Book book(*db, *db);
  auto scope = book.begin();
  book.initialise(2025);
  scope->commit();
  return db;
}

Posting debit(const std::string& account, std::int64_t cents, Tags tags) {
  return Posting::debiting(account, Money::from_cents(cents), {.tags = std::move(tags)});
}

Posting credit(const std::string& account, std::int64_t cents, Tags tags) {
  return Posting::crediting(account, Money::from_cents(cents), {.tags = std::move(tags)});
}

Transaction transaction(const std::string& entity, const std::string& journal, Date date, const std::string& piece,
                        std::vector<Posting> postings) {
  return Transaction::draft(entity, journal, date, piece, "Piece " + piece, std::move(postings));
}

Date day(int year, unsigned month, unsigned d) {
  return Date::from_ymd(year, month, d);
}

SqlOutcome run_sql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    throw std::runtime_error("cannot open " + path);
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, 5000);
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
  SqlOutcome outcome{rc == SQLITE_OK ? 0 : sqlite3_extended_errcode(db), rc == SQLITE_OK ? "" : sqlite3_errmsg(db)};
  sqlite3_close(db);
  return outcome;
}

SqlOutcome run_sql_as_store(const std::string& path, const std::string& sql) {
  return run_sql(path, "BEGIN; UPDATE running_total_guard SET open = 1; " + sql +
                           "; UPDATE running_total_guard SET open = 0; COMMIT");
}

std::int64_t query_int(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* statement = nullptr;
  std::int64_t value = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
      sqlite3_step(statement) == SQLITE_ROW) {
    value = sqlite3_column_int64(statement, 0);
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return value;
}

}  // namespace comptoir::test
