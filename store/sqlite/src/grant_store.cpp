// SqliteGrantStore: agreements, tranches, tagged spending and the tagged
// postings per account (indexed queries over posting_tag,
// posting_tag_by_key since schema v3); the budgets are in
// grant_budget_store.cpp.
#include "core/error.hpp"
#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"
#include "store/sqlite_grant_store.hpp"

namespace comptoir {
namespace {

constexpr const char* grant_columns_sql =
    "SELECT code, entity, funder, purpose, awarded_cents, start_date, end_date, earmarked, tag_key, tag_value, "
    "income_account, receivable_account, conditions FROM grant_agreement";

Grant read_grant(const Statement& row) {
  Grant g;
  g.code = row.column_text(0);
  g.entity = row.column_text(1);
  g.funder = row.column_text(2);
  g.purpose = row.column_text(3);
  g.awarded = Money::from_cents(row.column_int64(4));
  g.start = Date::parse(row.column_text(5));
  g.end = Date::parse(row.column_text(6));
  g.earmarked = row.column_int(7) != 0;
  g.tag_key = row.column_text(8);
  g.tag_value = row.column_text(9);
  g.income_account = row.column_text(10);
  g.receivable_account = row.column_text(11);
  g.conditions = row.column_text(12);
  return g;
}

// The validated postings of an entity that carry a tag, dated in a window
// (one indexed query over posting_tag): ?1 key, ?2 value, ?3 entity, ?4
// and ?5 the first and last days.
constexpr const char* tagged_postings_sql =
    " FROM posting_tag g JOIN posting p ON p.id = g.posting_id JOIN txn t ON t.id = p.txn_id"
    " WHERE g.key = ?1 AND g.value = ?2 AND p.entity = ?3 AND p.date >= ?4 AND p.date <= ?5"
    " AND t.status = 'validated'";

// Binds without copy (Statement::bind): the texts outlive the query's steps.
void bind_tagged_postings(Statement& query, const std::string& entity, const std::string& key, const std::string& value,
                          const std::string& first, const std::string& last) {
  query.bind(1, key);
  query.bind(2, value);
  query.bind(3, entity);
  query.bind(4, first);
  query.bind(5, last);
}

}  // namespace

std::vector<Grant> SqliteGrantStore::grants(const std::string& entity) const {
  static const std::string sql = std::string(grant_columns_sql) + " WHERE ?1 = '' OR entity = ?1 ORDER BY code";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  query.bind(1, entity);
  std::vector<Grant> result;
  while (query.step("listing the grants")) result.push_back(read_grant(query));
  return result;
}

std::optional<Grant> SqliteGrantStore::grant(const std::string& code) const {
  static const std::string sql = std::string(grant_columns_sql) + " WHERE code = ?1";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  query.bind(1, code);
  if (!query.step("reading grant " + code)) return std::nullopt;
  return read_grant(query);
}

void SqliteGrantStore::add_grant(const Grant& g) {
  SqliteBookState& state = book_.state();
  state.require_scope("add a grant");
  if (grant(g.code)) throw Error(ErrorKind::InvalidInput, "grant " + g.code + " already exists");
  Statement& insert = state.cached(
      "INSERT INTO grant_agreement (code, entity, funder, purpose, awarded_cents, start_date, end_date, earmarked, "
      "tag_key, tag_value, income_account, receivable_account, conditions) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
  const std::string start = g.start.iso();
  const std::string end = g.end.iso();
  const std::string& tag_value = g.spending_tag_value();
  insert.bind(1, g.code);
  insert.bind(2, g.entity);
  insert.bind(3, g.funder);
  insert.bind(4, g.purpose);
  insert.bind(5, g.awarded.cents());
  insert.bind(6, start);
  insert.bind(7, end);
  insert.bind(8, std::int64_t{g.earmarked ? 1 : 0});
  insert.bind(9, g.tag_key);
  insert.bind(10, tag_value);
  insert.bind(11, g.income_account);
  insert.bind(12, g.receivable_account);
  insert.bind(13, g.conditions);
  insert.run("adding grant " + g.code);
}

std::int64_t SqliteGrantStore::add_tranche(const GrantTranche& t) {
  SqliteBookState& state = book_.state();
  state.require_scope("record a grant tranche");
  Statement& insert = state.cached(
      "INSERT INTO grant_tranche (grant_code, kind, date, amount_cents, txn_id, piece) VALUES (?1, ?2, ?3, ?4, ?5, "
      "?6)");
  const std::string kind = to_string(t.kind);
  const std::string date = t.date.iso();
  insert.bind(1, t.grant);
  insert.bind(2, kind);
  insert.bind(3, date);
  insert.bind(4, t.amount.cents());
  insert.bind(5, t.transaction_id);
  insert.bind(6, t.piece);
  insert.run("recording a tranche of grant " + t.grant);
  return state.connection().last_insert_rowid();
}

std::vector<GrantTranche> SqliteGrantStore::tranches(const std::string& code) const {
  Statement& query = book_.state().cached(
      "SELECT id, grant_code, kind, date, amount_cents, txn_id, piece FROM grant_tranche WHERE grant_code = ?1 "
      "ORDER BY date, id");
  StatementReset reset(query);
  query.bind(1, code);
  std::vector<GrantTranche> result;
  while (query.step("listing the tranches of grant " + code)) {
    result.push_back(GrantTranche{query.column_int64(0), query.column_text(1),
                                  parse_grant_tranche_kind(query.column_text(2)), Date::parse(query.column_text(3)),
                                  Money::from_cents(query.column_int64(4)), query.column_int64(5),
                                  query.column_text(6)});
  }
  return result;
}

Money SqliteGrantStore::spending(const std::string& entity, const std::string& key, const std::string& value, Date from,
                                 Date to) const {
  static const std::string sql = std::string("SELECT coalesce(sum(p.debit), 0) - coalesce(sum(p.credit), 0)") +
                                 tagged_postings_sql +
                                 " AND p.account >= '6' AND p.account < '7' AND p.account NOT LIKE '689%'";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  const std::string first = from.iso();
  const std::string last = to.iso();
  bind_tagged_postings(query, entity, key, value, first, last);
  query.step("summing the spending tagged " + key + "=" + value);
  return Money::from_cents(query.column_int64(0));
}

std::vector<AccountBalance> SqliteGrantStore::tagged_balances(const std::string& entity, const std::string& key,
                                                              const std::string& value, Date from, Date to) const {
  static const std::string sql = std::string("SELECT p.account, sum(p.debit), sum(p.credit)") + tagged_postings_sql +
                                 " GROUP BY p.account ORDER BY p.account";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  const std::string first = from.iso();
  const std::string last = to.iso();
  bind_tagged_postings(query, entity, key, value, first, last);
  std::vector<AccountBalance> result;
  while (query.step("summing the postings tagged " + key + "=" + value)) {
    result.push_back({entity, query.column_text(0), "", Money::from_cents(query.column_int64(1)),
                      Money::from_cents(query.column_int64(2))});
  }
  return result;
}

}  // namespace comptoir
