// SqliteLetteringStore: reading and writing the lettering table.
#include <string>

#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"
#include "store/sqlite_lettering_store.hpp"
#include "transaction_rows.hpp"

namespace comptoir {
namespace {

const std::string& ledger_from() {
  static const std::string sql = std::string("SELECT ") + TransactionRows::ledger_columns +
                                 " FROM posting p JOIN txn t ON t.id = p.txn_id"
                                 " LEFT JOIN posting_tag g ON g.posting_id = p.id"
                                 " LEFT JOIN lettering l ON l.posting_id = p.id WHERE t.status = 'validated' AND ";
  return sql;
}

}  // namespace

std::vector<LedgerLine> SqliteLetteringStore::lettering_lines(const std::string& entity,
                                                              const std::vector<std::int64_t>& posting_ids) const {
  static const std::string sql = ledger_from() + "p.id = ?1 AND p.entity = ?2 ORDER BY g.key";
  Statement& query = book_.state().cached(sql.c_str());
  std::vector<LedgerLine> lines;
  for (const auto id : posting_ids) {
    StatementReset reset(query);
    query.bind(1, id);
    query.bind(2, entity);
    TransactionRows::visit_ledger_lines(query, [&lines](const LedgerLine& l) { lines.push_back(l); });
  }
  return lines;
}

std::vector<LedgerLine> SqliteLetteringStore::lettered_lines(const std::string& entity, const std::string& account,
                                                             const std::string& code) const {
  static const std::string sql =
      ledger_from() +
      "l.code = ?3 AND p.entity = ?1 AND (?2 = '' OR p.account = ?2) ORDER BY p.account, p.date, p.id, g.key";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  query.bind(1, entity);
  query.bind(2, account);
  query.bind(3, code);
  std::vector<LedgerLine> lines;
  TransactionRows::visit_ledger_lines(query, [&lines](const LedgerLine& l) { lines.push_back(l); });
  return lines;
}

std::vector<std::string> SqliteLetteringStore::lettering_codes(const std::string& entity,
                                                               const std::string& account) const {
  Statement& query = book_.state().cached(
      "SELECT DISTINCT l.code FROM lettering l JOIN posting p ON p.id = l.posting_id "
      "WHERE p.entity = ?1 AND p.account = ?2");
  StatementReset reset(query);
  query.bind(1, entity);
  query.bind(2, account);
  std::vector<std::string> codes;
  while (query.step("reading the lettering codes of " + account)) codes.push_back(query.column_text(0));
  return codes;
}

void SqliteLetteringStore::letter(const std::vector<std::int64_t>& posting_ids, const LetteringMark& mark) {
  SqliteBookState& state = book_.state();
  state.require_scope("letter postings");
  Statement& insert = state.cached("INSERT INTO lettering (posting_id, code, date) VALUES (?1, ?2, ?3)");
  const std::string date = mark.date.iso();
  for (const auto id : posting_ids) {
    StatementReset reset(insert);
    insert.bind(1, id);
    insert.bind(2, mark.code);
    insert.bind(3, date);
    insert.run("lettering posting #" + std::to_string(id));
  }
}

void SqliteLetteringStore::unletter(const std::vector<std::int64_t>& posting_ids) {
  SqliteBookState& state = book_.state();
  state.require_scope("unletter postings");
  Statement& remove = state.cached("DELETE FROM lettering WHERE posting_id = ?1");
  for (const auto id : posting_ids) {
    StatementReset reset(remove);
    remove.bind(1, id);
    remove.run("unlettering posting #" + std::to_string(id));
  }
}

}  // namespace comptoir
