// SqliteGrantStore: the budgets of the agreements' actions (schema v8) and
// the tagged postings per account that their compte rendu reads.
#include "core/error.hpp"
#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"
#include "store/sqlite_grant_store.hpp"

namespace comptoir {

std::optional<GrantBudget> SqliteGrantStore::budget(const std::string& grant) const {
  Statement& head = book_.state().cached("SELECT indirect_rate, comment FROM grant_budget WHERE grant_code = ?1");
  StatementReset head_reset(head);
  head.bind(1, grant);
  if (!head.step("reading the budget of grant " + grant)) return std::nullopt;
  GrantBudget budget{grant, {}, parse_rational(head.column_text(0)), head.column_text(1)};
  Statement& lines = book_.state().cached(
      "SELECT line, amount_cents, detail FROM grant_budget_line WHERE grant_code = ?1 ORDER BY position");
  StatementReset lines_reset(lines);
  lines.bind(1, grant);
  while (lines.step("reading the budget lines of grant " + grant)) {
    budget.lines.push_back({lines.column_text(0), Money::from_cents(lines.column_int64(1)), lines.column_text(2)});
  }
  return budget;
}

void SqliteGrantStore::set_budget(const GrantBudget& budget) {
  SqliteBookState& state = book_.state();
  state.require_scope("record a grant budget");
  for (const char* sql :
       {"DELETE FROM grant_budget_line WHERE grant_code = ?1", "DELETE FROM grant_budget WHERE grant_code = ?1"}) {
    Statement& remove = state.cached(sql);
    remove.bind(1, budget.grant);
    remove.run("replacing the budget of grant " + budget.grant);
  }
  Statement& head = state.cached("INSERT INTO grant_budget (grant_code, indirect_rate, comment) VALUES (?1, ?2, ?3)");
  const std::string rate = budget.indirect_rate.str();
  head.bind(1, budget.grant);
  head.bind(2, rate);
  head.bind(3, budget.comment);
  head.run("recording the budget of grant " + budget.grant);
  Statement& insert = state.cached(
      "INSERT INTO grant_budget_line (grant_code, position, line, amount_cents, detail) VALUES (?1, ?2, ?3, ?4, ?5)");
  std::int64_t position = 0;
  for (const auto& line : budget.lines) {
    insert.bind(1, budget.grant);
    insert.bind(2, ++position);
    insert.bind(3, line.line);
    insert.bind(4, line.amount.cents());
    insert.bind(5, line.detail);
    insert.run("recording budget line " + line.line + " of grant " + budget.grant);
  }
}

std::vector<AccountBalance> SqliteGrantStore::tagged_balances(const std::string& entity, const std::string& key,
                                                              const std::string& value, Date from, Date to) const {
  Statement& query = book_.state().cached(
      "SELECT p.account, coalesce(a.label, ''), sum(p.debit), sum(p.credit) FROM posting_tag g"
      " JOIN posting p ON p.id = g.posting_id JOIN txn t ON t.id = p.txn_id"
      " LEFT JOIN account a ON a.entity = p.entity AND a.number = p.account"
      " WHERE g.key = ?1 AND g.value = ?2 AND p.entity = ?3 AND p.date >= ?4 AND p.date <= ?5"
      " AND t.status = 'validated' GROUP BY p.account ORDER BY p.account");
  StatementReset reset(query);
  const std::string first = from.iso();
  const std::string last = to.iso();
  query.bind(1, key);
  query.bind(2, value);
  query.bind(3, entity);
  query.bind(4, first);
  query.bind(5, last);
  std::vector<AccountBalance> result;
  while (query.step("summing the postings tagged " + key + "=" + value)) {
    result.push_back({entity, query.column_text(0), query.column_text(1), Money::from_cents(query.column_int64(2)),
                      Money::from_cents(query.column_int64(3))});
  }
  return result;
}

}  // namespace comptoir
