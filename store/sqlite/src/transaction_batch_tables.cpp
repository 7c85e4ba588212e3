// The batch_txn and batch_posting virtual tables (eponymous-only: they
// exist on the connection without CREATE VIRTUAL TABLE and nothing is
// written to the schema).
#include "transaction_batch_tables.hpp"

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>

#include "core/error.hpp"

namespace comptoir {
namespace {

enum class Kind { Txn, Posting };

struct Table {
  sqlite3_vtab base{};
  const TransactionBatch* batch = nullptr;
  Kind kind = Kind::Txn;
};

// Walks the batch's transactions, and for batch_posting their postings.
struct Cursor {
  sqlite3_vtab_cursor base{};
  const TransactionBatch* batch = nullptr;
  Kind kind = Kind::Txn;
  std::size_t txn = 0;
  std::size_t posting = 0;
  std::string text;                        // a date's ISO form, alive until the next column
  std::string posting_date;                // the current transaction's date, for its postings
  std::size_t posting_date_of = SIZE_MAX;  // ... of this transaction

  [[nodiscard]] std::span<const Transaction> transactions() const { return batch->transactions; }
  [[nodiscard]] bool at_end() const { return txn >= transactions().size(); }
  // Skips transactions without postings when walking postings.
  void settle() {
    if (kind == Kind::Txn) return;
    while (!at_end() && posting >= transactions()[txn].postings.size()) {
      ++txn;
      posting = 0;
    }
  }
};

constexpr const char* txn_columns =
    "CREATE TABLE x(id, entity, journal, date, piece_ref, piece_date, label, status, fiscal_year, sequence, "
    "chain_position, validation_date, hash)";
constexpr const char* posting_columns =
    "CREATE TABLE x(txn_id, line_no, entity, date, account, auxiliary, debit, credit, label)";

void text(sqlite3_context* context, const std::string& value) {
  sqlite3_result_text(context, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
}

void text_or_null(sqlite3_context* context, const std::string& value) {
  if (value.empty())
    sqlite3_result_null(context);
  else
    text(context, value);
}

void date(sqlite3_context* context, Cursor& cursor, Date value) {
  cursor.text = value.iso();
  sqlite3_result_text(context, cursor.text.data(), static_cast<int>(cursor.text.size()), SQLITE_TRANSIENT);
}

void txn_column(sqlite3_context* context, Cursor& cursor, int column) {
  const Transaction& t = cursor.transactions()[cursor.txn];
  const bool validated = t.is_validated();
  switch (column) {
    case 0:
      sqlite3_result_int64(context, cursor.batch->first_id + static_cast<std::int64_t>(cursor.txn));
      break;
    case 1:
      text(context, t.entity);
      break;
    case 2:
      text(context, t.journal);
      break;
    case 3:
      date(context, cursor, t.date);
      break;
    case 4:
      text(context, t.piece_ref);
      break;
    case 5:
      date(context, cursor, t.piece_date);
      break;
    case 6:
      text(context, t.label);
      break;
    case 7:
      sqlite3_result_text(context, validated ? "validated" : "draft", -1, SQLITE_STATIC);
      break;
    case 8:
      validated ? sqlite3_result_int(context, t.fiscal_year) : sqlite3_result_null(context);
      break;
    case 9:
      validated ? sqlite3_result_int64(context, t.sequence) : sqlite3_result_null(context);
      break;
    case 10:
      validated ? sqlite3_result_int64(context, t.chain_position) : sqlite3_result_null(context);
      break;
    case 11:
      if (validated && t.validation_date)
        date(context, cursor, *t.validation_date);
      else
        sqlite3_result_null(context);
      break;
    default:
      validated ? text(context, t.hash) : sqlite3_result_null(context);
      break;
  }
}

void posting_column(sqlite3_context* context, Cursor& cursor, int column) {
  const Transaction& t = cursor.transactions()[cursor.txn];
  const Posting& p = t.postings[cursor.posting];
  switch (column) {
    case 0:
      sqlite3_result_int64(context, cursor.batch->first_id + static_cast<std::int64_t>(cursor.txn));
      break;
    case 1:
      sqlite3_result_int64(context, static_cast<std::int64_t>(cursor.posting) + 1);
      break;
    case 2:
      text(context, t.entity);
      break;
    case 3:
      if (cursor.posting_date_of != cursor.txn) {
        cursor.posting_date = t.date.iso();
        cursor.posting_date_of = cursor.txn;
      }
      text(context, cursor.posting_date);
      break;
    case 4:
      text(context, p.account);
      break;
    case 5:
      text_or_null(context, p.auxiliary);
      break;
    case 6:
      sqlite3_result_int64(context, p.debit.cents());
      break;
    case 7:
      sqlite3_result_int64(context, p.credit.cents());
      break;
    default:
      text(context, p.label);
      break;
  }
}

int connect(sqlite3* db, void* aux, int /*argc*/, const char* const* argv, sqlite3_vtab** out, char** /*error*/) {
  auto table = std::make_unique<Table>();
  table->batch = static_cast<const TransactionBatch*>(aux);
  table->kind = std::string_view(argv[0]) == "batch_txn" ? Kind::Txn : Kind::Posting;
  const int rc = sqlite3_declare_vtab(db, table->kind == Kind::Txn ? txn_columns : posting_columns);
  if (rc != SQLITE_OK) return rc;
  *out = &table.release()->base;
  return SQLITE_OK;
}

int disconnect(sqlite3_vtab* vtab) {
  delete reinterpret_cast<Table*>(vtab);
  return SQLITE_OK;
}

// One plan: a full scan in batch order.
int best_index(sqlite3_vtab* vtab, sqlite3_index_info* info) {
  const auto* table = reinterpret_cast<Table*>(vtab);
  info->estimatedRows = static_cast<sqlite3_int64>(table->batch->transactions.size());
  info->estimatedCost = static_cast<double>(info->estimatedRows) + 1.0;
  return SQLITE_OK;
}

int open(sqlite3_vtab* vtab, sqlite3_vtab_cursor** out) {
  const auto* table = reinterpret_cast<Table*>(vtab);
  auto* cursor = new Cursor;
  cursor->batch = table->batch;
  cursor->kind = table->kind;
  *out = &cursor->base;
  return SQLITE_OK;
}

int close(sqlite3_vtab_cursor* base) {
  delete reinterpret_cast<Cursor*>(base);
  return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* base, int /*plan*/, const char* /*plan_name*/, int /*argc*/, sqlite3_value** /*argv*/) {
  auto* cursor = reinterpret_cast<Cursor*>(base);
  cursor->txn = 0;
  cursor->posting = 0;
  cursor->posting_date_of = SIZE_MAX;
  cursor->settle();
  return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* base) {
  auto* cursor = reinterpret_cast<Cursor*>(base);
  if (cursor->kind == Kind::Txn) {
    ++cursor->txn;
  } else {
    ++cursor->posting;
    cursor->settle();
  }
  return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* base) {
  return reinterpret_cast<Cursor*>(base)->at_end() ? 1 : 0;
}

int column(sqlite3_vtab_cursor* base, sqlite3_context* context, int index) {
  auto* cursor = reinterpret_cast<Cursor*>(base);
  if (cursor->kind == Kind::Txn)
    txn_column(context, *cursor, index);
  else
    posting_column(context, *cursor, index);
  return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* base, sqlite3_int64* out) {
  const auto* cursor = reinterpret_cast<Cursor*>(base);
  *out = static_cast<sqlite3_int64>(cursor->txn) << 16 | static_cast<sqlite3_int64>(cursor->posting);
  return SQLITE_OK;
}

sqlite3_module make_module() {
  sqlite3_module module{};
  module.xConnect = connect;  // no xCreate: eponymous-only
  module.xBestIndex = best_index;
  module.xDisconnect = disconnect;
  module.xOpen = open;
  module.xClose = close;
  module.xFilter = filter;
  module.xNext = next;
  module.xEof = eof;
  module.xColumn = column;
  module.xRowid = rowid;
  return module;
}

const sqlite3_module batch_module = make_module();

}  // namespace

void register_transaction_batch_tables(sqlite3* db, const TransactionBatch& batch) {
  void* aux = const_cast<TransactionBatch*>(&batch);
  for (const char* name : {"batch_txn", "batch_posting"}) {
    if (sqlite3_create_module_v2(db, name, &batch_module, aux, nullptr) != SQLITE_OK) {
      throw Error(ErrorKind::Storage, std::string("registering the ") + name + " table: " + sqlite3_errmsg(db));
    }
  }
}

}  // namespace comptoir
