// Aggregates of the SQLite store: the trial balance (from the monthly
// running totals, postings only for partial months) and the check of those
// running totals against the postings.
#include <map>

#include "core/error.hpp"
#include "filter_clause.hpp"
#include "month_split.hpp"
#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir {
namespace {

using Rows = std::map<std::string, AccountBalance>;  // by account number

// Adds the (account, label, debit, credit) rows of `query` to `rows`.
void accumulate(Statement& query, const std::string& entity, Rows& rows) {
  while (query.step("computing the trial balance of " + entity)) {
    AccountBalance& row = rows[query.column_text(0)];
    if (row.account.empty()) row = AccountBalance{entity, query.column_text(0), query.column_text(1), {}, {}};
    row.debit += Money::from_cents(query.column_int64(2));
    row.credit += Money::from_cents(query.column_int64(3));
  }
}

void add_prefix(std::string& sql, std::vector<std::string>& values, const std::string& column,
                const std::string& prefix) {
  if (prefix.empty()) return;
  sql += " AND " + column + " >= ?";
  values.push_back(prefix);
  if (auto end = prefix_end(prefix)) {
    sql += " AND " + column + " < ?";
    values.push_back(*end);
  }
}

void run(Connection& connection, const std::string& sql, const std::vector<std::string>& values,
         const std::string& entity, Rows& rows) {
  Statement query(connection, sql, false);
  for (std::size_t i = 0; i < values.size(); ++i) query.bind(static_cast<int>(i + 1), values[i]);
  accumulate(query, entity, rows);
}

void add_whole_months(Connection& connection, const std::string& entity, const MonthSplit& split,
                      const std::string& prefix, Rows& rows) {
  std::string sql =
      "SELECT s.account, coalesce(a.label, ''), sum(s.debit), sum(s.credit) FROM account_month_total s "
      "LEFT JOIN account a ON a.entity = s.entity AND a.number = s.account WHERE s.entity = ?";
  std::vector<std::string> values{entity};
  if (split.first_month) {
    sql += " AND s.month >= ?";
    values.push_back(*split.first_month);
  }
  if (split.last_month) {
    sql += " AND s.month <= ?";
    values.push_back(*split.last_month);
  }
  add_prefix(sql, values, "s.account", prefix);
  run(connection, sql + " GROUP BY s.account", values, entity, rows);
}

// Postings of [from, to]: one index range per account of the chart.
void add_postings(Connection& connection, const std::string& entity, Date from, Date to, const std::string& prefix,
                  const std::string& journal, Rows& rows) {
  std::string sql =
      "SELECT a.number, a.label, sum(p.debit), sum(p.credit) FROM account a "
      "CROSS JOIN posting p ON p.entity = a.entity AND p.account = a.number "
      "JOIN txn t ON t.id = p.txn_id AND t.status = 'validated' "
      "WHERE a.entity = ? AND p.date >= ? AND p.date <= ?";
  std::vector<std::string> values{entity, from.iso(), to.iso()};
  add_prefix(sql, values, "a.number", prefix);
  if (!journal.empty()) {
    sql += " AND t.journal = ?";
    values.push_back(journal);
  }
  run(connection, sql + " GROUP BY a.number", values, entity, rows);
}

}  // namespace

std::vector<AccountBalance> SqliteBook::trial_balance(const TransactionFilter& filter) const {
  if (state_->scope_open()) state_->flush_totals();
  std::vector<std::string> codes;
  if (!filter.entity.empty()) {
    codes.push_back(filter.entity);
  } else {
    for (const auto& e : entities()) codes.push_back(e.code);
  }
  std::vector<AccountBalance> result;
  for (const auto& code : codes) {
    std::optional<Date> from = filter.from;
    std::optional<Date> to = filter.to;
    if (!from && !filter.fiscal_year) from = carried_forward_from(code, to);
    if (filter.fiscal_year) {
      std::optional<FiscalYear> year;
      for (const auto& y : fiscal_years(code)) {
        if (y.year == *filter.fiscal_year) year = y;
      }
      if (!year) continue;
      from = from ? std::max(*from, year->start) : year->start;
      to = to ? std::min(*to, year->end) : year->end;
    }
    Rows rows;
    if (!filter.journal.empty()) {
      // The running totals do not know journals: one index range per
      // account over the dates (the à-nouveaux of a year's first day).
      add_postings(state_->connection(), code, from.value_or(Date::from_ymd(1900, 1, 1)),
                   to.value_or(Date::from_ymd(2999, 12, 31)), filter.account_prefix, filter.journal, rows);
    } else {
      const MonthSplit split = MonthSplit::of(from, to);
      if (split.has_whole_months) add_whole_months(state_->connection(), code, split, filter.account_prefix, rows);
      for (const auto& [start, end] : split.partial_ranges) {
        add_postings(state_->connection(), code, start, end, filter.account_prefix, {}, rows);
      }
    }
    for (auto& [_, row] : rows) {
      if (!row.debit.is_zero() || !row.credit.is_zero()) result.push_back(std::move(row));
    }
  }
  return result;
}

std::optional<Date> SqliteBook::carried_forward_from(const std::string& entity, std::optional<Date> to) const {
  const std::vector<FiscalYear> years = fiscal_years(entity);  // by start date
  for (auto y = years.rbegin(); y != years.rend(); ++y) {
    if (y->is_open() || (to && y->end >= *to)) continue;
    const std::string first_day = y->end.plus_days(1).iso();
    Statement query(state_->connection(),
                    "SELECT 1 FROM txn WHERE entity = ? AND journal = 'AN' AND date = ? AND status = 'validated' "
                    "LIMIT 1",
                    false);
    query.bind(1, entity);
    query.bind(2, first_day);
    if (query.step("looking for the opening entries of " + entity)) return y->end.plus_days(1);
    return std::nullopt;
  }
  return std::nullopt;
}

std::vector<AuxiliaryBalance> SqliteBook::balances_by_auxiliary(const std::string& entity, Date from, Date to,
                                                                const std::string& account_prefix) const {
  // Along the account index (entity, account, date...), which carries the
  // amounts and the auxiliary: only the status is read from txn.
  std::string sql =
      "SELECT p.account, coalesce(p.auxiliary, ''), sum(p.debit), sum(p.credit) FROM posting p "
      "JOIN txn t ON t.id = p.txn_id AND t.status = 'validated' WHERE p.entity = ? AND p.date >= ? AND p.date <= ?";
  std::vector<std::string> values{entity, from.iso(), to.iso()};  // bound without a copy: kept alive
  add_prefix(sql, values, "p.account", account_prefix);
  Statement query(state_->connection(), sql + " GROUP BY p.account, p.auxiliary ORDER BY p.account, p.auxiliary",
                  false);
  for (std::size_t i = 0; i < values.size(); ++i) query.bind(static_cast<int>(i + 1), values[i]);
  std::vector<AuxiliaryBalance> rows;
  while (query.step("computing the balances per auxiliary account of " + entity)) {
    AuxiliaryBalance row{query.column_text(0), query.column_text(1), Money::from_cents(query.column_int64(2)),
                         Money::from_cents(query.column_int64(3))};
    if (!row.debit.is_zero() || !row.credit.is_zero()) rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace comptoir
