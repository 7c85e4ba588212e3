// SQLite connection handling and the mapping of SQLite failures to errors.
#include "connection.hpp"

#include <sqlite3.h>

#include "core/error.hpp"
#include "statement.hpp"
#include "statement_reset.hpp"

namespace comptoir {

namespace {
// Process-wide, once, before the first connection: no memory statistics
// (Comptoir never reads them), which spares a mutex on every allocation.
void configure_library() {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
}
}  // namespace

Connection::Connection(std::string path, int flags) : path_(std::move(path)) {
  configure_library();
  // NOMUTEX: a store is used by one thread at a time; SQLite need not lock.
  const int rc = sqlite3_open_v2(path_.c_str(), &db_, flags | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw Error(ErrorKind::Storage, "cannot open the book " + path_ + ": " + message);
  }
  sqlite3_extended_result_codes(db_, 1);
}

Connection::~Connection() {
  sqlite3_close_v2(db_);
}

void Connection::execute(const std::string& sql, std::string_view what) const {
  const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) fail(rc, what);
}

std::int64_t Connection::query_int(const std::string& sql, std::string_view what) const {
  Statement statement(*this, sql, false);
  StatementReset reset(statement);
  if (!statement.step(what)) return 0;
  return statement.column_int64(0);
}

std::string Connection::query_text(const std::string& sql, std::string_view what) const {
  Statement statement(*this, sql, false);
  StatementReset reset(statement);
  if (!statement.step(what)) return {};
  return statement.column_text(0);
}

void Connection::rollback_quietly() const noexcept {
  if (sqlite3_get_autocommit(db_) == 0) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Connection::execute_quietly(const char* sql) const noexcept {
  sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
}

std::int64_t Connection::last_insert_rowid() const {
  return sqlite3_last_insert_rowid(db_);
}

std::int64_t Connection::changes() const {
  return sqlite3_changes64(db_);
}

void Connection::fail(int code, std::string_view what) const {
  const int extended = db_ != nullptr ? sqlite3_extended_errcode(db_) : code;
  const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
  const std::string action(what);
  if (extended == SQLITE_CONSTRAINT_TRIGGER) {
    throw Error(ErrorKind::Locked, action + ": " + message);
  }
  switch (code & 0xff) {
    case SQLITE_NOTADB:
      throw Error(ErrorKind::InvalidInput, path_ +
                                               " is not a Comptoir book (not an SQLite database): check the --db "
                                               "path, or create a book with `comptoir init`");
    case SQLITE_CORRUPT:
      throw Error(ErrorKind::Integrity,
                  "the book " + path_ + " is damaged (" + message + ", while " + action +
                      "): nothing was changed; restore it from a backup (a copy of the file, or a FEC export "
                      "imported into a new book)");
    case SQLITE_BUSY:
      throw Error(ErrorKind::Storage, "the book " + path_ + " is busy (another program is writing to it): " + action +
                                          " failed; try again");
    case SQLITE_READONLY:
      throw Error(ErrorKind::Storage, "the book " + path_ + " cannot be written (" + message + "): " + action);
    default:
      throw Error(ErrorKind::Storage, "the book " + path_ + ": " + action + " failed: " + message);
  }
}

}  // namespace comptoir
