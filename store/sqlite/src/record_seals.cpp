// See record_seals.hpp. Each row is hashed as SQLite's json_array of its
// columns: one canonical text per row that tells a NULL from "" and 5 from
// "5", with no field separator to get wrong.
#include "record_seals.hpp"

#include "connection.hpp"
#include "core/sha256.hpp"
#include "statement.hpp"

namespace comptoir {
namespace {

struct Spec {
  const char* tag;           // in the hashed text: a seal of one kind never equals one of another
  const char* record_sql;    // ?1 = id: the record as one json_array
  const char* rows_sql;      // ?1 = id: its rows in a fixed order, one json_array each
  const char* previous_sql;  // ?1 = id: the seal of the record it chains on (no row: the first)
  const char* list_sql;      // id, seal and a few columns that name the record, in id order
  const char* rows_word;     // "days", "lines"
  const char* chain_word;    // which earlier record a deletion would be of
};

const Spec& spec(SealedRecord kind) {
  static const Spec till{
      "till-import-v1",
      "SELECT json_array(file_name, sha256, imported_on) FROM till_import WHERE id = ?1",
      "SELECT json_array(d.tour, d.date, d.event_id, d.txn_id IS NOT NULL, t.hash, d.z_number, d.total_ttc, d.cash, "
      "d.card) FROM till_import_day d LEFT JOIN txn t ON t.id = d.txn_id WHERE d.import_id = ?1 "
      "ORDER BY d.date, d.tour",
      "SELECT seal FROM till_import WHERE id < ?1 ORDER BY id DESC LIMIT 1",
      "SELECT id, seal, 'till import #' || id || ' (file ' || file_name || ', imported on ' || imported_on || ')' "
      "FROM till_import ORDER BY id",
      "days",
      "till import record"};
  static const Spec bank{
      "bank-statement-v1",
      "SELECT json_array(entity, account, file_name, file_hash, format, statement_ref, from_date, to_date, "
      "opening_cents, closing_cents) FROM bank_statement WHERE id = ?1",
      "SELECT json_array(entity, account, reference, occurrence, booking_date, value_date, amount_cents, label) "
      "FROM bank_line WHERE statement_id = ?1 ORDER BY id",
      "SELECT seal FROM bank_statement WHERE entity = (SELECT entity FROM bank_statement WHERE id = ?1) AND id < ?1 "
      "ORDER BY id DESC LIMIT 1",
      "SELECT id, seal, 'bank statement #' || id || ' of ' || entity || ' ' || account || ' (' || statement_ref || "
      "', file ' || file_name || ')' FROM bank_statement ORDER BY id",
      "lines",
      "bank statement of the same entity"};
  return kind == SealedRecord::TillImport ? till : bank;
}

// The seal record `id` should carry, chained on `previous`.
std::string compute_seal(const Connection& connection, const Spec& s, std::int64_t id, const std::string& previous) {
  std::string text = previous + "\n" + s.tag;
  for (const char* sql : {s.record_sql, s.rows_sql}) {
    Statement rows(connection, sql, false);
    rows.bind(1, id);
    while (rows.step("reading a record to seal")) text += "\n" + rows.column_text(0);
  }
  return sha256_hex(text);
}

// The seal of the record `id` chains on; "" for the first.
std::string previous_seal(const Connection& connection, const Spec& s, std::int64_t id) {
  Statement previous(connection, s.previous_sql, false);
  previous.bind(1, id);
  return previous.step("reading the previous seal") ? previous.column_text(0) : std::string();
}

void store_seal(const Connection& connection, SealedRecord kind, std::int64_t id, const std::string& seal) {
  Statement update(connection,
                   kind == SealedRecord::TillImport ? "UPDATE till_import SET seal = ?2 WHERE id = ?1"
                                                    : "UPDATE bank_statement SET seal = ?2 WHERE id = ?1",
                   false);
  update.bind(1, id);
  update.bind(2, seal);
  update.run("sealing the import record");
}

}  // namespace

void seal_record(const Connection& connection, SealedRecord kind, std::int64_t id) {
  const Spec& s = spec(kind);
  store_seal(connection, kind, id, compute_seal(connection, s, id, previous_seal(connection, s, id)));
}

void seal_unsealed_records(const Connection& connection, SealedRecord kind) {
  const Spec& s = spec(kind);
  std::vector<std::int64_t> unsealed;
  Statement list(connection, s.list_sql, false);
  while (list.step("listing the import records")) {
    if (list.column_is_null(1)) unsealed.push_back(list.column_int64(0));
  }
  // In id order, so that each chains on the seal just written before it.
  for (const std::int64_t id : unsealed) seal_record(connection, kind, id);
}

std::vector<std::string> check_record_seals(const Connection& connection, SealedRecord kind) {
  const Spec& s = spec(kind);
  std::vector<std::string> problems;
  Statement list(connection, s.list_sql, false);
  while (list.step("checking the import records")) {
    const std::int64_t id = list.column_int64(0);
    const std::string name = list.column_text(2);
    if (list.column_is_null(1)) {
      problems.push_back(name + ": it has no seal (it was written behind Comptoir's back, or its seal erased)");
      continue;
    }
    if (compute_seal(connection, s, id, previous_seal(connection, s, id)) != list.column_text(1)) {
      problems.push_back(name + ": its record or its " + s.rows_word +
                         " no longer match its seal (changed, added or deleted, or an earlier " + s.chain_word +
                         " was deleted)");
    }
  }
  return problems;
}

}  // namespace comptoir
