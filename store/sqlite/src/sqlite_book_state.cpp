// Connection set-up, the statement cache, scope bookkeeping and the flush
// of running totals.
#include "sqlite_book_state.hpp"

#include <sqlite3.h>

#include "closed_year_insert_guards.hpp"
#include "core/error.hpp"

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

constexpr const char* closed_year_exists_sql = "SELECT EXISTS (SELECT 1 FROM fiscal_year WHERE status = 'closed')";
// The set-based form of the closed-year insert triggers over the scope's new rows.
constexpr const char* bulk_rows_in_closed_year_sql =
    "SELECT EXISTS (SELECT 1 FROM fiscal_year f JOIN txn t ON t.entity = f.entity "
    "AND t.date BETWEEN f.start_date AND f.end_date WHERE f.status = 'closed' AND t.id >= ?1) "
    "OR EXISTS (SELECT 1 FROM fiscal_year f JOIN posting p ON p.entity = f.entity "
    "AND p.date BETWEEN f.start_date AND f.end_date WHERE f.status = 'closed' AND p.id >= ?2)";

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

TransactionBatch& SqliteBookState::transaction_batch() {
  if (!batch_registered_) {
    register_transaction_batch_tables(connection_.handle(), batch_);
    batch_registered_ = true;
  }
  return batch_;
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

void SqliteBookState::begin_scope(bool rollback_journal) {
  require_writable("start writing");
  if (scope_open_) throw Error(ErrorKind::Internal, "a write scope is already open on " + path());
  if (rollback_journal) {
    try {
      journal_switched_ =
          connection_.query_text("PRAGMA journal_mode = DELETE", "leaving WAL for a bulk write") == "delete";
    } catch (const Error&) {
      journal_switched_ = false;  // another connection holds the file: stay in WAL
    }
    if (journal_switched_) connection_.execute("PRAGMA synchronous = FULL", "making the bulk write durable");
  }
  try {
    connection_.execute("BEGIN IMMEDIATE", "starting to write");
  } catch (...) {
    restore_wal();
    throw;
  }
  scope_open_ = true;
  inserts_in_scope_ = 0;
  bulk_ = false;
}

void SqliteBookState::before_insert() {
  if (bulk_ || inserts_in_scope_ == bulk_never || ++inserts_in_scope_ < bulk_threshold) return;
  enter_bulk_mode();
}

void SqliteBookState::end_bulk_mode() {
  if (!bulk_) return;
  leave_bulk_mode();
  inserts_in_scope_ = 0;
}

void SqliteBookState::enter_bulk_mode() {
  bulk_first_txn_ = connection_.query_int("SELECT coalesce(max(id), 0) + 1 FROM txn", "reading the last entry id");
  bulk_first_posting_ =
      connection_.query_int("SELECT coalesce(max(id), 0) + 1 FROM posting", "reading the last posting id");
  try {
    connection_.execute(
        "SAVEPOINT bulk_mode; DROP TRIGGER txn_closed_year_insert; "
        "DROP TRIGGER posting_closed_year_insert; DROP TRIGGER posting_tag_closed_year_insert; RELEASE bulk_mode",
        "preparing a bulk insert");
  } catch (const Error&) {
    // Refused (a read still running on this connection, or a trigger
    // absent): undo a half-done drop, stay in the per-row mode for the
    // rest of the scope.
    connection_.execute_quietly("ROLLBACK TO bulk_mode; RELEASE bulk_mode");
    inserts_in_scope_ = bulk_never;
    return;
  }
  bulk_ = true;
}

void SqliteBookState::leave_bulk_mode() {
  if (!bulk_) return;
  if (connection_.query_int(closed_year_exists_sql, "reading the fiscal years") != 0) {
    Statement check(connection_, bulk_rows_in_closed_year_sql, false);
    check.bind(1, bulk_first_txn_);
    check.bind(2, bulk_first_posting_);
    if (check.step("checking the new entries") && check.column_int64(0) != 0) {
      throw Error(ErrorKind::Locked, std::string("storing the entries: ") + closed_year_insert_message);
    }
  }
  connection_.execute(txn_closed_year_insert_trigger, "restoring the closed-year guard");
  connection_.execute(posting_closed_year_insert_trigger, "restoring the closed-year guard");
  connection_.execute(posting_tag_closed_year_insert_trigger, "restoring the closed-year guard");
  bulk_ = false;
}

void SqliteBookState::commit_scope() {
  if (!scope_open_) throw Error(ErrorKind::Internal, "commit() without an open write scope");
  leave_bulk_mode();
  flush_totals();
  connection_.execute("COMMIT", "committing the changes");
  scope_open_ = false;
  restore_wal();
}

void SqliteBookState::restore_wal() noexcept {
  if (!journal_switched_) return;
  journal_switched_ = false;
  // Quietly: should it fail (another program opened the file meanwhile),
  // the next open for writing switches back to WAL.
  connection_.execute_quietly("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
}

void SqliteBookState::rollback_scope() noexcept {
  totals_.clear();
  if (scope_open_) connection_.rollback_quietly();  // also undoes a bulk mode's DROP TRIGGER
  scope_open_ = false;
  restore_wal();
  bulk_ = false;
  inserts_in_scope_ = 0;
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
