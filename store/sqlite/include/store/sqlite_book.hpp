// The SQLite store: one file holding every entity's books, behind the core's
// reader and writer interfaces. Aggregates (trial balance, ledgers) are SQL
// queries over indexes and monthly running totals, never a load of the book.
// Only this library includes sqlite3.h.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/book_reader.hpp"
#include "core/book_writer.hpp"
#include "store/open_mode.hpp"

namespace comptoir {

class SqliteBookState;

class SqliteBook final : public BookReader, public BookWriter {
 public:
  // Opens the book at `path`.
  // Throws Error(NotFound) if the file is missing (ReadWrite, ReadOnly);
  // Error(InvalidInput) if Create finds a file that already holds tables,
  // or the file is not a Comptoir book; Error(Integrity) if it is damaged;
  // Error(Storage) if it is newer than this program or SQLite fails.
  // ReadWrite and Create migrate the schema. ReadOnly first rolls back a
  // write that was interrupted (a hot journal), or throws
  // Error(Interrupted) when the file cannot be written to do so.
  // A statement that finds the book locked by another program's write
  // waits up to `wait` for it, then throws Error(Busy).
  [[nodiscard]] static std::unique_ptr<SqliteBook> open(const std::string& path, OpenMode mode,
                                                        std::chrono::milliseconds wait = default_busy_wait);
  static constexpr std::chrono::milliseconds default_busy_wait{5000};
  ~SqliteBook() override;
  SqliteBook(const SqliteBook&) = delete;
  SqliteBook& operator=(const SqliteBook&) = delete;

  [[nodiscard]] const std::string& path() const;
  // Reads from now on see the book as it is now, until the book is closed:
  // one read transaction, so a listing or `verify` made of many queries
  // sees one committed state while other programs write (WAL keeps the
  // snapshot). For a read-only open that lives one command (the CLI); a
  // long-lived reader (the GUI) would pin its first state. In a rollback
  // journal (a bulk import running alone), a writer's commit waits for it.
  void hold_read_snapshot();
  // Whether opening rolled back a write that was interrupted (ReadOnly).
  [[nodiscard]] bool rolled_back_interrupted_write() const { return rolled_back_interrupted_write_; }
  // The schema version of the file (PRAGMA user_version) and the one this
  // program writes.
  [[nodiscard]] int schema_version() const;
  [[nodiscard]] static int current_schema_version();

  // --- BookReader ---
  [[nodiscard]] std::vector<Entity> entities() const override;
  [[nodiscard]] std::optional<Entity> entity(const std::string& code) const override;
  [[nodiscard]] std::vector<Account> accounts(const std::string& entity) const override;
  [[nodiscard]] std::optional<Account> account(const std::string& entity, const std::string& number) const override;
  [[nodiscard]] std::vector<AuxiliaryAccount> auxiliaries(const std::string& entity) const override;
  [[nodiscard]] std::optional<AuxiliaryAccount> auxiliary(const std::string& entity,
                                                          const std::string& code) const override;
  [[nodiscard]] std::vector<Journal> journals(const std::string& entity) const override;
  [[nodiscard]] std::vector<FiscalYear> fiscal_years(const std::string& entity) const override;
  // Whole months come from the running totals, partial months at the edges
  // of from/to from the postings.
  [[nodiscard]] std::vector<AccountBalance> trial_balance(const TransactionFilter& filter) const override;
  [[nodiscard]] std::vector<AuxiliaryBalance> balances_by_auxiliary(
      const std::string& entity, Date from, Date to, const std::string& account_prefix = "") const override;
  void for_each_transaction(const TransactionFilter& filter,
                            const std::function<void(const Transaction&)>& visit) const override;
  [[nodiscard]] std::optional<Transaction> transaction(std::int64_t id) const override;
  void for_each_ledger_line(const TransactionFilter& filter,
                            const std::function<void(const LedgerLine&)>& visit) const override;
  [[nodiscard]] ChainHead chain_head(const std::string& entity) const override;
  [[nodiscard]] std::int64_t last_sequence(const std::string& entity, int fiscal_year) const override;

  // --- BookWriter --- Every method but begin() needs an open scope
  // (Error(Internal) otherwise); on a read-only book every one throws
  // Error(Locked). A refusal by the database's immutability triggers
  // (validated transaction, closed year) is Error(Locked).
  // The scope must not outlive this book.
  [[nodiscard]] std::unique_ptr<WriteScope> begin() override;
  // A write scope for a large import (FEC, posting files): the same
  // all-or-nothing transaction, written through a rollback journal instead
  // of the WAL (each page written once); WAL again when the scope ends.
  [[nodiscard]] std::unique_ptr<WriteScope> begin_import();
  void add_entity(const Entity& entity) override;
  void update_entity(const Entity& entity) override;
  void add_account(const std::string& entity, const Account& account) override;
  void add_auxiliary(const std::string& entity, const AuxiliaryAccount& auxiliary) override;
  void add_journal(const std::string& entity, const Journal& journal) override;
  void add_fiscal_year(const std::string& entity, const FiscalYear& year) override;
  void set_fiscal_year_status(const std::string& entity, int year, FiscalYearStatus status) override;
  std::int64_t insert_transaction(const Transaction& transaction) override;
  // Two INSERT ... SELECT statements for the whole batch (see
  // transaction_batch_tables.hpp), then the tags and running totals.
  void insert_transactions(const std::vector<Transaction>& batch) override;
  void mark_validated(const Transaction& validated) override;
  // Throws Error(NotFound) for an unknown id, Error(Locked) for a validated one.
  void delete_draft(std::int64_t id) override;

  // For `comptoir verify`: recomputes the monthly totals of validated
  // postings and compares them with the stored running totals. One line
  // per mismatch, in plain English; empty when they agree.
  [[nodiscard]] std::vector<std::string> check_running_totals() const;
  // For `comptoir verify`: what foreign keys would guard, checked in bulk
  // (txn and posting carry none, for import speed): entries of unknown
  // entities or journals, postings of unknown accounts or auxiliaries,
  // postings whose entry is missing or disagrees on entity or date. One
  // line per problem (at most 20 of each kind); empty when sound.
  [[nodiscard]] std::vector<std::string> check_references() const;
  // For `comptoir verify`: SQLite's own check of the file (PRAGMA
  // quick_check: pages, records, b-trees), which sees damage in pages no
  // query reads. One line per problem (at most 20); empty when sound.
  [[nodiscard]] std::vector<std::string> check_file() const;
  // For `comptoir verify`: each closed year against what its closing
  // recorded (schema version 12: its lock, the number of its validated
  // entries, the chain hash of its last one). One line per problem naming
  // the entity and fiscal year; empty when sound.
  [[nodiscard]] std::vector<std::string> check_year_locks() const;
  // For `comptoir verify`: each FEC import record against its seal and its
  // entries (range of the entity's chain, count, hashes). One line per
  // problem naming the import (id, file, SHA-256); empty when sound.
  [[nodiscard]] std::vector<std::string> check_fec_imports() const;
  // For `comptoir verify`: each till import record and bank statement
  // against its seal (schema version 13: the record, its days or lines, the
  // record before it). One line per problem naming the record.
  [[nodiscard]] std::vector<std::string> check_import_records() const;

  // For the domain stores of this library (store/sqlite/src): the
  // connection, cached statements and write-scope checks. Opaque elsewhere.
  [[nodiscard]] SqliteBookState& state() const { return *state_; }

 private:
  explicit SqliteBook(std::unique_ptr<SqliteBookState> state);
  // Where `entity`'s running balances on `to` (none: today and after) start
  // when a query gives no start: the first day of the year after its last
  // closed year ending before `to` whose opening entries (journal AN, on
  // that first day) carry every earlier balance. None when no close was
  // carried forward: the balances run from the first entry. Without it a
  // balance over several years would count the earlier years twice.
  [[nodiscard]] std::optional<Date> carried_forward_from(const std::string& entity, std::optional<Date> to) const;
  std::unique_ptr<SqliteBookState> state_;
  bool rolled_back_interrupted_write_ = false;
};

}  // namespace comptoir
