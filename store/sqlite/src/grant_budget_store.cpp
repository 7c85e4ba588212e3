// SqliteGrantStore: the budgets of the agreements' actions (schema v8).
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

}  // namespace comptoir
