// SQLite connection handling and the mapping of SQLite failures to errors.
#include "connection.hpp"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

#include "core/error.hpp"
#include "statement.hpp"
#include "statement_reset.hpp"

namespace comptoir {

namespace {

// SQLite's notices that it rolled back a hot journal, counted: the log is
// SQLite's process-wide configuration, so the count is too (an atomic, as
// a GUI thread may open a book while another reads one).
std::atomic<long> journal_rollbacks{0};
bool rollbacks_counted = false;

void log_notice(void* /*unused*/, int code, const char* /*message*/) {
  if (code == SQLITE_NOTICE_RECOVER_ROLLBACK) journal_rollbacks.fetch_add(1, std::memory_order_relaxed);
}

// Process-wide, once, before the first connection: no memory statistics
// (Comptoir never reads them), which spares a mutex on every allocation;
// the log that says when a hot journal is rolled back. Either is refused
// if the process used SQLite before (a test's own connection).
void configure_library() {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    rollbacks_counted = sqlite3_config(SQLITE_CONFIG_LOG, log_notice, nullptr) == SQLITE_OK;
    return true;
  }();
  (void)configured;
}

// "5 s", "500 ms", "0 s".
std::string wait_in_words(std::chrono::milliseconds wait) {
  if (wait.count() % 1000 == 0) return std::to_string(wait.count() / 1000) + " s";
  return std::to_string(wait.count()) + " ms";
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

void Connection::set_busy_wait(std::chrono::milliseconds wait) {
  busy_wait_ = wait;
  sqlite3_busy_timeout(db_, static_cast<int>(wait.count()));
}

std::optional<long> Connection::journal_rollbacks() {
  configure_library();
  if (!rollbacks_counted) return std::nullopt;
  return comptoir::journal_rollbacks.load(std::memory_order_relaxed);
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

std::string Connection::system_error() const {
  const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : "";
  const int error = db_ != nullptr ? sqlite3_system_errno(db_) : 0;
  return error != 0 ? message + ", " + std::strerror(error) : message;
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
      throw Error(ErrorKind::Busy, "the book " + path_ +
                                       " is busy: another program (another comptoir?) is writing to it; tried for " +
                                       wait_in_words(busy_wait_) + " while " + action +
                                       ", nothing was changed; try again, or wait longer with --wait SECONDS");
    case SQLITE_FULL:
    case SQLITE_IOERR:
      // A write that fails half-way is undone by SQLite (or, if the process
      // could not even do that, by the next open, from the journal).
      throw Error(ErrorKind::Storage,
                  "could not write the book " + path_ + " (" +
                      ((code & 0xff) == SQLITE_FULL ? "the disk is full" : "an input/output error") + ": " +
                      system_error() + ", while " + action +
                      "): this command's changes were undone and the book is as it was before it; make room (or "
                      "check the disk) and run the command again");
    case SQLITE_READONLY:
      throw Error(ErrorKind::Storage, "the book " + path_ + " cannot be written (" + message + "): " + action);
    default:
      throw Error(ErrorKind::Storage, "the book " + path_ + ": " + action + " failed: " + message);
  }
}

}  // namespace comptoir
