// Everything a SqliteBook holds, kept out of the public header so that only
// store/sqlite sees sqlite3.h: the connection, the cached prepared
// statements, the open write scope and the running totals to flush.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "connection.hpp"
#include "running_totals.hpp"
#include "statement.hpp"
#include "store/open_mode.hpp"
#include "transaction_batch_tables.hpp"

namespace comptoir {

class SqliteBookState {
 public:
  // Opens the connection.
  SqliteBookState(const std::string& path, OpenMode mode);
  ~SqliteBookState();
  SqliteBookState(const SqliteBookState&) = delete;
  SqliteBookState& operator=(const SqliteBookState&) = delete;

  [[nodiscard]] Connection& connection() { return connection_; }
  [[nodiscard]] const std::string& path() const { return connection_.path(); }
  [[nodiscard]] bool read_only() const { return read_only_; }

  // A statement prepared once and reused. `sql` must be a string with
  // static storage: its address is the cache key.
  Statement& cached(const char* sql);

  // require_writable throws Error(Locked) when the book is read-only;
  // require_scope checks that first, then throws Error(Internal) when no
  // write scope is open, so a write needs only require_scope. `what` names
  // the refused action in either message.
  void require_writable(std::string_view what) const;
  void require_scope(std::string_view what) const;

  // Write scope bookkeeping (see SqliteWriteScope). A large import asks for
  // `rollback_journal`: the scope then runs in rollback-journal mode (the
  // WAL would write every new page twice, once in the log and once at the
  // checkpoint: a seventh of a 2.5M-posting import), synchronous=FULL, and
  // the book goes back to WAL when the scope ends. If another connection
  // holds the file the switch is refused and the scope stays in WAL.
  void begin_scope(bool rollback_journal = false);
  void commit_scope();
  void rollback_scope() noexcept;
  [[nodiscard]] bool scope_open() const { return scope_open_; }

  // Adds the running totals gathered so far to account_month_total (inside
  // the open scope). Reads call it so they see this scope's writes.
  void flush_totals();
  [[nodiscard]] RunningTotals& totals() { return totals_; }

  // The batch that the batch_txn and batch_posting tables show; the tables
  // are registered on the connection on first use.
  [[nodiscard]] TransactionBatch& transaction_batch();

  // Called before each transaction insert of the open scope. From the
  // bulk_threshold-th insert on, the per-row closed-year triggers on txn and
  // posting INSERT are dropped inside the scope's own transaction and
  // replaced by one set-based check of the scope's new rows at commit, after
  // which the triggers are created again, identical, before COMMIT. No committed state
  // ever lacks the trigger (DDL is transactional; on rollback the drop is
  // undone), and no other connection can write meanwhile (BEGIN IMMEDIATE
  // holds the write lock), so the guarantee is unchanged; an import saves a
  // trigger program per row.
  void before_insert();
  // Ends the bulk mode (check, trigger restored) before a write that the
  // per-row trigger depends on, i.e. any change of the fiscal years, so that
  // earlier postings are judged against the years as they were.
  void end_bulk_mode();

 private:
  static constexpr int bulk_threshold = 256;
  static constexpr int bulk_never = -1;
  void enter_bulk_mode();
  void leave_bulk_mode();
  void restore_wal() noexcept;

  Connection connection_;  // first: destroyed last, after the statements
  bool read_only_;
  bool scope_open_ = false;
  int inserts_in_scope_ = 0;
  bool bulk_ = false;
  bool journal_switched_ = false;        // this scope runs in rollback-journal mode
  std::int64_t bulk_first_txn_ = 0;      // first txn id not checked by its trigger
  std::int64_t bulk_first_posting_ = 0;  // first posting id not checked by its trigger
  RunningTotals totals_;
  TransactionBatch batch_;
  bool batch_registered_ = false;
  std::unordered_map<const char*, Statement> statements_;
};

}  // namespace comptoir
