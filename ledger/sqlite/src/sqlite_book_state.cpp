// Connection set-up, the statement cache, scope bookkeeping and the flush
// of running totals.
#include "sqlite_book_state.hpp"

#include <sqlite3.h>

#include "ledger/error.hpp"

namespace comptoir {
namespace {

int open_flags(OpenMode mode) {
  switch (mode) {
    case OpenMode::ReadOnly:
      return SQLITE_OPEN_READONLY;
    case OpenMode::ReadWrite:
      return SQLITE_OPEN_READWRITE;
    case OpenMode::Create:
      break;
  }
  return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
}

constexpr const char* open_guard_sql = "UPDATE running_total_guard SET open = 1";
constexpr const char* close_guard_sql = "UPDATE running_total_guard SET open = 0";
constexpr const char* upsert_total_sql =
    "INSERT INTO account_month_total (entity, account, month, debit, credit) VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (entity, account, month) DO UPDATE SET debit = debit + excluded.debit, "
    "credit = credit + excluded.credit";

}  // namespace

SqliteBookState::SqliteBookState(const std::string& path, OpenMode mode)
    : connection_(path, open_flags(mode)), read_only_(mode == OpenMode::ReadOnly) {}

SqliteBookState::~SqliteBookState() {
  statements_.clear();
  rollback_scope();
}

Statement& SqliteBookState::cached(const char* sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) it = statements_.emplace(sql, Statement(connection_, sql, true)).first;
  return it->second;
}

void SqliteBookState::require_writable(std::string_view what) const {
  if (read_only_) {
    throw Error(ErrorKind::Locked, "the book " + path() + " is opened read-only: cannot " + std::string(what));
  }
}

void SqliteBookState::require_scope(std::string_view what) const {
  require_writable(what);
  if (!scope_open_) {
    throw Error(ErrorKind::Internal, "cannot " + std::string(what) + " outside a write scope (call begin() first)");
  }
}

void SqliteBookState::begin_scope() {
  require_writable("start writing");
  if (scope_open_) throw Error(ErrorKind::Internal, "a write scope is already open on " + path());
  connection_.execute("BEGIN IMMEDIATE", "starting to write");
  scope_open_ = true;
}

void SqliteBookState::commit_scope() {
  if (!scope_open_) throw Error(ErrorKind::Internal, "commit() without an open write scope");
  flush_totals();
  connection_.execute("COMMIT", "committing the changes");
  scope_open_ = false;
}

void SqliteBookState::rollback_scope() noexcept {
  totals_.clear();
  if (scope_open_) connection_.rollback_quietly();
  scope_open_ = false;
}

void SqliteBookState::flush_totals() {
  if (totals_.empty()) return;
  // The guard is opened and closed inside the scope's transaction: if the
  // flush fails, the scope rolls back and the guard was never open.
  cached(open_guard_sql).run("opening the running-total guard");
  totals_.flush(cached(upsert_total_sql));
  cached(close_guard_sql).run("closing the running-total guard");
}

}  // namespace comptoir
