// SqliteFecImportLog: rows of fec_import; entries are stored as txn ids
// (found by chain position along txn_by_chain) and read back as references.
#include "store/sqlite_fec_import_log.hpp"

#include "core/transaction.hpp"
#include "fec_import_seal.hpp"
#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"

namespace comptoir {
namespace {

constexpr const char* select_sql =
    "SELECT f.id, f.entity, f.file_name, f.sha256, f.entries, f.lines, f.imported_on,"
    " a.chain_position, a.fiscal_year, a.sequence, b.chain_position, b.fiscal_year, b.sequence"
    " FROM fec_import f LEFT JOIN txn a ON a.id = f.first_txn_id LEFT JOIN txn b ON b.id = f.last_txn_id";

FecImportRecord read_record(const Statement& row) {
  FecImportRecord r;
  r.id = row.column_int64(0);
  r.entity = row.column_text(1);
  r.file_name = row.column_text(2);
  r.sha256 = row.column_text(3);
  r.entries = static_cast<std::size_t>(row.column_int64(4));
  r.lines = static_cast<std::size_t>(row.column_int64(5));
  r.imported_on = Date::parse(row.column_text(6));
  if (!row.column_is_null(7)) {
    r.first_chain_position = row.column_int64(7);
    r.first_entry = transaction_reference(r.entity, row.column_int(8), row.column_int64(9));
    r.last_chain_position = row.column_int64(10);
    r.last_entry = transaction_reference(r.entity, row.column_int(11), row.column_int64(12));
  }
  return r;
}

}  // namespace

std::vector<FecImportRecord> SqliteFecImportLog::imports() const {
  static const std::string sql = std::string(select_sql) + " ORDER BY f.id";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  std::vector<FecImportRecord> result;
  while (query.step("listing the FEC imports")) result.push_back(read_record(query));
  return result;
}

std::vector<FecImportRecord> SqliteFecImportLog::imports_of(const std::string& entity,
                                                            const std::string& sha256) const {
  static const std::string sql = std::string(select_sql) + " WHERE f.entity = ?1 AND f.sha256 = ?2 ORDER BY f.id";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  query.bind(1, entity);
  query.bind(2, sha256);
  std::vector<FecImportRecord> result;
  while (query.step("looking up earlier imports of a FEC file")) result.push_back(read_record(query));
  return result;
}

std::int64_t SqliteFecImportLog::record(const FecImportRecord& r) {
  SqliteBookState& state = book_.state();
  state.require_scope("record a FEC import");
  // Chain position 0 matches no entry: both ids stay NULL.
  Statement& hash = state.cached("SELECT hash FROM txn WHERE entity = ?1 AND chain_position = ?2");
  auto hash_at = [&](std::int64_t position) {
    StatementReset reset(hash);
    hash.bind(1, r.entity);
    hash.bind(2, position);
    return hash.step("reading the entries of the import of " + r.file_name) ? hash.column_text(0) : std::string();
  };
  Statement& previous = state.cached("SELECT seal FROM fec_import WHERE entity = ?1 ORDER BY id DESC LIMIT 1");
  std::string previous_seal;
  {
    StatementReset reset(previous);
    previous.bind(1, r.entity);
    if (previous.step("reading the previous import of " + r.entity)) previous_seal = previous.column_text(0);
  }
  const std::string on = r.imported_on.iso();
  const std::string seal = fec_import_seal(
      previous_seal, FecImportSealFields{r.entity, r.file_name, r.sha256, static_cast<std::int64_t>(r.entries),
                                         static_cast<std::int64_t>(r.lines), on, hash_at(r.first_chain_position),
                                         hash_at(r.last_chain_position)});
  Statement& insert = state.cached(
      "INSERT INTO fec_import (entity, file_name, sha256, entries, lines, first_txn_id, last_txn_id, imported_on,"
      " seal) VALUES (?1, ?2, ?3, ?4, ?5, (SELECT id FROM txn WHERE entity = ?1 AND chain_position = ?6),"
      " (SELECT id FROM txn WHERE entity = ?1 AND chain_position = ?7), ?8, ?9)");
  insert.bind(1, r.entity);
  insert.bind(2, r.file_name);
  insert.bind(3, r.sha256);
  insert.bind(4, static_cast<std::int64_t>(r.entries));
  insert.bind(5, static_cast<std::int64_t>(r.lines));
  insert.bind(6, r.first_chain_position);
  insert.bind(7, r.last_chain_position);
  insert.bind(8, on);
  insert.bind(9, seal);
  insert.run("recording the import of " + r.file_name);
  return state.connection().last_insert_rowid();
}

}  // namespace comptoir
