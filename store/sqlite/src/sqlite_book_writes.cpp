// Storing transactions: insert (header, postings, tags), one or a batch,
// both through the batch tables; validation of a draft, deletion of a
// draft. Statements are prepared once and reused; validated postings feed
// the running totals flushed at commit.
#include <span>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir {
namespace {

constexpr const char* insert_tag_sql = "INSERT INTO posting_tag (posting_id, key, value) VALUES (?1, ?2, ?3)";
constexpr const char* insert_lettering_sql = "INSERT INTO lettering (posting_id, code, date) VALUES (?1, ?2, ?3)";
// OR FAIL: a refused row stops the statement without undoing its earlier
// rows, so SQLite keeps no statement journal (a copy of every page the
// statement touches: a third of a batch's cost); the write scope, which
// every error ends, rolls the whole batch back anyway.
constexpr const char* insert_txn_batch_sql =
    "INSERT OR FAIL INTO txn (id, entity, journal, date, piece_ref, piece_date, label, status, fiscal_year, sequence, "
    "chain_position, validation_date, hash) SELECT id, entity, journal, date, piece_ref, piece_date, label, status, "
    "fiscal_year, sequence, chain_position, validation_date, hash FROM batch_txn";
constexpr const char* insert_posting_batch_sql =
    "INSERT OR FAIL INTO posting (txn_id, line_no, entity, date, account, auxiliary, debit, credit, label) "
    "SELECT txn_id, line_no, entity, date, account, auxiliary, debit, credit, label FROM batch_posting";
constexpr const char* next_txn_id_sql = "SELECT coalesce(max(id), 0) + 1 FROM txn";
constexpr const char* next_posting_id_sql = "SELECT coalesce(max(id), 0) + 1 FROM posting";
constexpr const char* mark_validated_sql =
    "UPDATE txn SET status = 'validated', fiscal_year = ?2, sequence = ?3, chain_position = ?4, "
    "validation_date = ?5, hash = ?6 WHERE id = ?1";
constexpr const char* txn_status_sql = "SELECT status, entity, fiscal_year, sequence FROM txn WHERE id = ?1";
constexpr const char* delete_tags_sql =
    "DELETE FROM posting_tag WHERE posting_id IN (SELECT id FROM posting WHERE txn_id = ?1)";
constexpr const char* delete_lettering_sql =
    "DELETE FROM lettering WHERE posting_id IN (SELECT id FROM posting WHERE txn_id = ?1)";
constexpr const char* delete_postings_sql = "DELETE FROM posting WHERE txn_id = ?1";
constexpr const char* delete_txn_sql = "DELETE FROM txn WHERE id = ?1";

std::string describe(const Transaction& t) {
  if (t.is_validated()) return "transaction " + transaction_reference(t.entity, t.fiscal_year, t.sequence);
  return "transaction of " + t.date.iso() + (t.piece_ref.empty() ? "" : " (piece " + t.piece_ref + ")");
}

// Binds the fields that validation sets, from ?first on (5 values).
void bind_validation(Statement& statement, int first, const Transaction& t, const std::string& validation_date) {
  statement.bind(first, std::int64_t{t.fiscal_year});
  statement.bind(first + 1, t.sequence);
  statement.bind(first + 2, t.chain_position);
  statement.bind_or_null(first + 3, validation_date);
  statement.bind(first + 4, t.hash);
}

void insert_tags(SqliteBookState& state, std::int64_t posting_id, const Tags& tags) {
  Statement& tag = state.cached(insert_tag_sql);
  tag.bind(1, posting_id);
  for (const auto& [key, value] : tags) {
    tag.bind(2, key);
    tag.bind(3, value);
    tag.run("storing an analytic tag");
  }
}

std::int64_t next_id(SqliteBookState& state, const char* sql) {
  Statement& query = state.cached(sql);
  StatementReset reset(query);
  query.step("reading the last id");
  return query.column_int64(0);
}

void insert_lettering(SqliteBookState& state, std::int64_t posting_id, const LetteringMark& mark) {
  Statement& lettering = state.cached(insert_lettering_sql);
  lettering.bind(1, posting_id);
  const std::string date = mark.date.iso();
  lettering.bind(2, mark.code);
  lettering.bind(3, date);
  lettering.run("storing a lettering");
}

// Whether a posting of the batch carries tags or a lettering (both need
// the postings' ids).
bool has_links(std::span<const Transaction> batch) {
  for (const auto& t : batch) {
    for (const auto& p : t.postings) {
      if (!p.tags.empty() || p.lettering) return true;
    }
  }
  return false;
}

// Shows `batch` in the batch tables for the lifetime of this object.
class ShownBatch {
 public:
  ShownBatch(TransactionBatch& shown, std::span<const Transaction> batch, std::int64_t first_id) : shown_(shown) {
    shown_.transactions = batch;
    shown_.first_id = first_id;
  }
  ~ShownBatch() { shown_.transactions = {}; }
  ShownBatch(const ShownBatch&) = delete;
  ShownBatch& operator=(const ShownBatch&) = delete;

 private:
  TransactionBatch& shown_;
};

// Stores `batch` (two INSERT ... SELECT over the batch tables, then tags
// and running totals); returns the id of its first transaction. Failures
// carry `what`.
std::int64_t store(SqliteBookState& state, std::span<const Transaction> batch, const std::string& what) {
  for (std::size_t i = 0; i < batch.size(); ++i) state.before_insert();
  const std::int64_t first_id = next_id(state, next_txn_id_sql);
  ShownBatch showing(state.transaction_batch(), batch, first_id);
  // Posting ids follow in batch order (max + 1 each): tags and lettering need them.
  const bool linked = has_links(batch);
  std::int64_t posting_id = linked ? next_id(state, next_posting_id_sql) : 0;
  state.cached(insert_txn_batch_sql).run(what);
  state.cached(insert_posting_batch_sql).run(what);
  for (const auto& t : batch) {
    if (linked) {
      for (const auto& p : t.postings) {
        if (!p.tags.empty()) insert_tags(state, posting_id, p.tags);
        if (p.lettering) insert_lettering(state, posting_id, *p.lettering);
        ++posting_id;
      }
    }
    if (t.is_validated()) state.totals().add(t);
  }
  return first_id;
}

}  // namespace

std::int64_t SqliteBook::insert_transaction(const Transaction& transaction) {
  state_->require_scope("store a transaction");
  try {
    return store(*state_, std::span(&transaction, 1), "storing the transaction");
  } catch (const Error& e) {
    throw Error(e.kind(), describe(transaction) + ": " + e.what());
  }
}

void SqliteBook::insert_transactions(const std::vector<Transaction>& batch) {
  state_->require_scope("store transactions");
  if (batch.empty()) return;
  const std::string what = "storing " + std::to_string(batch.size()) + " entries from " + batch.front().date.iso();
  try {
    (void)store(*state_, batch, what);
  } catch (const Error& e) {
    // The statements' own errors already name `what`: prefix the others only.
    if (std::string_view(e.what()).starts_with(what)) throw;
    throw Error(e.kind(), what + ": " + e.what());
  }
}

void SqliteBook::mark_validated(const Transaction& validated) {
  state_->require_scope("validate a transaction");
  try {
    Statement& update = state_->cached(mark_validated_sql);
    const std::string validation_date = validated.validation_date ? validated.validation_date->iso() : std::string();
    update.bind(1, validated.id);
    bind_validation(update, 2, validated, validation_date);
    update.run("validating the draft");
    if (state_->connection().changes() == 0) {
      throw Error(ErrorKind::NotFound, "no transaction with id " + std::to_string(validated.id));
    }
    state_->totals().add(validated);
  } catch (const Error& e) {
    throw Error(e.kind(), "draft #" + std::to_string(validated.id) + ": " + e.what());
  }
}

void SqliteBook::delete_draft(std::int64_t id) {
  state_->require_scope("delete a draft");
  const std::string name = "draft #" + std::to_string(id);
  {
    Statement& status = state_->cached(txn_status_sql);
    StatementReset reset(status);
    status.bind(1, id);
    if (!status.step("reading " + name))
      throw Error(ErrorKind::NotFound, "no transaction with id " + std::to_string(id));
    if (status.column_text(0) == "validated") {
      const auto reference = transaction_reference(status.column_text(1), status.column_int(2), status.column_int64(3));
      throw Error(ErrorKind::Locked, "transaction " + reference + " is validated and cannot be deleted");
    }
  }
  for (const char* sql : {delete_tags_sql, delete_lettering_sql, delete_postings_sql, delete_txn_sql}) {
    Statement& statement = state_->cached(sql);
    statement.bind(1, id);
    statement.run("deleting " + name);
  }
}

}  // namespace comptoir
