// SqliteTagBalance: sums of validated (or filtered) postings per tag.
#include "filter_clause.hpp"
#include "sqlite_book_state.hpp"
#include "store/sqlite_tag_balance.hpp"

namespace comptoir {

std::vector<TagBalanceRow> SqliteTagBalance::tag_balance(const TransactionFilter& filter,
                                                         const std::string& key) const {
  SqliteBookState& state = book_.state();
  FilterClause clause = FilterClause::for_postings(filter);
  if (!key.empty()) clause.add("g.key = ?", key);
  const std::string sql =
      "SELECT g.key, g.value, sum(p.debit), sum(p.credit) FROM posting_tag g"
      " JOIN posting p ON p.id = g.posting_id JOIN txn t ON t.id = p.txn_id" +
      clause.where() + " GROUP BY g.key, g.value ORDER BY g.key, g.value";
  Statement query(state.connection(), sql, false);
  clause.bind(query);
  std::vector<TagBalanceRow> rows;
  while (query.step("computing the balance by tag")) {
    rows.push_back(TagBalanceRow{query.column_text(0), query.column_text(1), Money::from_cents(query.column_int64(2)),
                                 Money::from_cents(query.column_int64(3))});
  }
  return rows;
}

}  // namespace comptoir
