// Listings of the SQLite store: transactions with their postings and tags,
// general ledger lines, chain heads and sequence numbers.
#include <algorithm>

#include "core/hash_chain.hpp"
#include "filter_clause.hpp"
#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"
#include "store/sqlite_book.hpp"
#include "transaction_rows.hpp"

namespace comptoir {
namespace {

std::string transaction_query(const FilterClause& clause, const char* status, const char* order) {
  return std::string("SELECT ") + TransactionRows::transaction_columns + " FROM txn t" +
         TransactionRows::posting_joins + " WHERE t.status = '" + status + "' AND " + clause.conjunction() +
         " ORDER BY " + order + ", p.line_no, g.key";
}

}  // namespace

void SqliteBook::for_each_transaction(const TransactionFilter& filter,
                                      const std::function<void(const Transaction&)>& visit) const {
  const FilterClause clause = FilterClause::for_transactions(filter);
  if (filter.status != StatusFilter::Draft) {
    Statement query(state_->connection(), transaction_query(clause, "validated", "t.entity, t.chain_position"), false);
    clause.bind(query);
    TransactionRows::visit_transactions(query, visit);
  }
  if (filter.status != StatusFilter::Validated) {
    Statement query(state_->connection(), transaction_query(clause, "draft", "t.id"), false);
    clause.bind(query);
    TransactionRows::visit_transactions(query, visit);
  }
}

std::optional<Transaction> SqliteBook::transaction(std::int64_t id) const {
  Statement query(state_->connection(),
                  std::string("SELECT ") + TransactionRows::transaction_columns + " FROM txn t" +
                      TransactionRows::posting_joins + " WHERE t.id = ?1 ORDER BY p.line_no, g.key",
                  false);
  query.bind(1, id);
  std::optional<Transaction> found;
  TransactionRows::visit_transactions(query, [&found](const Transaction& t) { found = t; });
  return found;
}

void SqliteBook::for_each_ledger_line(const TransactionFilter& asked,
                                      const std::function<void(const LedgerLine&)>& visit) const {
  TransactionFilter filter = asked;
  if (!filter.from && !filter.fiscal_year) {
    // From the last opening entries that carry every earlier balance (the
    // earliest such day of the entities asked, so no entity loses a line).
    std::vector<std::string> codes{filter.entity};
    if (filter.entity.empty()) {
      codes.clear();
      for (const auto& e : entities()) codes.push_back(e.code);
    }
    for (const auto& code : codes) {
      const std::optional<Date> from = carried_forward_from(code, filter.to);
      if (!from) {
        filter.from.reset();
        break;
      }
      filter.from = filter.from ? std::min(*filter.from, *from) : *from;
    }
  }
  const FilterClause clause = FilterClause::for_postings(filter);
  const std::string sql = std::string("SELECT ") + TransactionRows::ledger_columns +
                          " FROM posting p JOIN txn t ON t.id = p.txn_id"
                          " LEFT JOIN posting_tag g ON g.posting_id = p.id"
                          " LEFT JOIN lettering l ON l.posting_id = p.id" +
                          clause.where() +
                          " ORDER BY p.entity, p.account, p.date, t.sequence, p.txn_id, p.line_no, g.key";
  Statement query(state_->connection(), sql, false);
  clause.bind(query);
  TransactionRows::visit_ledger_lines(query, visit);
}

ChainHead SqliteBook::chain_head(const std::string& entity) const {
  Statement& query = state_->cached(
      "SELECT hash, chain_position FROM txn WHERE entity = ?1 AND chain_position IS NOT NULL "
      "ORDER BY chain_position DESC LIMIT 1");
  StatementReset reset(query);
  query.bind(1, entity);
  if (!query.step("reading the hash chain of " + entity)) return ChainHead{genesis_hash(), 0};
  return ChainHead{query.column_text(0), query.column_int64(1)};
}

std::int64_t SqliteBook::last_sequence(const std::string& entity, int fiscal_year) const {
  // Numbers grow with chain positions: the year's last number is that of
  // its last entry in the chain (see txn_by_chain in migration_v1.cpp).
  Statement& query = state_->cached(
      "SELECT sequence FROM txn WHERE entity = ?1 AND fiscal_year = ?2 AND chain_position IS NOT NULL "
      "ORDER BY chain_position DESC LIMIT 1");
  StatementReset reset(query);
  query.bind(1, entity);
  query.bind(2, std::int64_t{fiscal_year});
  if (!query.step("reading the last sequence number of " + entity)) return 0;
  return query.column_int64(0);
}

}  // namespace comptoir
