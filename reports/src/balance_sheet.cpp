// The bilan (statements.hpp): the year's balances of classes 1 to 5
// classed on the rows of balance_sheet.csv (receivables and payables per
// auxiliary account, so a supplier in debit goes to the actif), the
// year's result (classes 7 - 6) on the passif, and why it does not
// balance when it does not.
#include <set>

#include "statement_support.hpp"

namespace comptoir {
namespace {

// One year's columns, one amount per layout row.
struct YearColumns {
  std::vector<Money> gross;
  std::vector<Money> depreciation;
  std::vector<Money> amount;  // actif: net; passif: the amount
  Money result;
  Money class8;  // debit - credit of the contributions en nature (86/87)
  std::vector<std::string> unmatched;
};

void classify(const StatementLayout& layout, const std::string& account, Money balance, YearColumns& out) {
  if (balance.is_zero()) return;
  const auto row = layout.row_for(account, balance);
  if (!row) {
    if (out.unmatched.empty() || out.unmatched.back() != account) out.unmatched.push_back(account);
    return;
  }
  if (layout.rows()[*row].side == "passif") {
    out.amount[*row] -= balance;
  } else if (statements::is_depreciation_account(account)) {
    out.depreciation[*row] -= balance;
  } else {
    out.gross[*row] += balance;
  }
}

YearColumns columns_of(const StatementLayout& layout, const BookReader& book, const std::string& entity, int year) {
  const std::size_t n = layout.rows().size();
  YearColumns out{std::vector<Money>(n), std::vector<Money>(n), std::vector<Money>(n), {}, {}, {}};
  // Third-party accounts are classed per auxiliary account (a supplier in
  // debit is a receivable), but only the collective accounts that have
  // auxiliaries need their postings summed again: the others are classed
  // from the running totals, which keeps a million-entry year fast.
  std::set<std::string> collective;
  for (const auto& a : book.auxiliaries(entity)) collective.insert(a.parent_account);
  for (const auto& r : statements::year_balances(book, entity, year)) {
    const int cls = statements::account_class(r.account);
    if (cls == 6 || cls == 7) out.result -= r.balance();
    if (cls == 8) out.class8 += r.balance();
    if (cls < 1 || cls > 5) continue;
    if (cls != 4 || collective.count(r.account) == 0) {
      classify(layout, r.account, r.balance(), out);
      continue;
    }
    for (const auto& [key, balance] : statements::balances_per_auxiliary(book, entity, year, r.account)) {
      if (key.first == r.account) classify(layout, key.first, balance, out);
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    const LayoutRow& row = layout.rows()[i];
    if (row.kind == LayoutRowKind::YearResult) out.amount[i] = out.result;
    if (row.side == "actif" && row.kind == LayoutRowKind::Line) out.amount[i] = out.gross[i] - out.depreciation[i];
  }
  layout.evaluate(out.gross);
  layout.evaluate(out.depreciation);
  layout.evaluate(out.amount);
  return out;
}

void add_difference_note(Money difference, Money class8, std::vector<StatementNote>& notes) {
  if (difference.is_zero()) return;
  // Actif - passif = credit - debit of class 8: the only postings outside
  // the statement that do not balance by themselves.
  const bool cvn = difference == -class8;
  notes.push_back({cvn ? "bs.note.difference_cvn" : "bs.note.difference", {}, difference});
}

}  // namespace

BalanceSheet balance_sheet(const BookReader& book, const std::string& entity, int year) {
  const StatementLayout layout = StatementLayout::balance_sheet();
  BalanceSheet s;
  s.years = statement_years(book, entity, year);
  const YearColumns current = columns_of(layout, book, entity, year);
  std::optional<YearColumns> previous;
  if (s.years.previous) previous = columns_of(layout, book, entity, s.years.previous->year);
  const std::size_t total_actif = layout.index("a.total");
  const std::size_t total_passif = layout.index("p.total");
  s.result = current.result;
  s.difference = current.amount[total_actif] - current.amount[total_passif];
  if (previous) s.previous_difference = previous->amount[total_actif] - previous->amount[total_passif];
  std::vector<BalanceSheetRow> rows;
  for (std::size_t i = 0; i < layout.rows().size(); ++i) {
    const LayoutRow& row = layout.rows()[i];
    rows.push_back({row.id, row.kind, current.gross[i], current.depreciation[i], current.amount[i], std::nullopt});
    if (previous) rows.back().previous = previous->amount[i];
  }
  const auto zero = [](const BalanceSheetRow& r) {
    return r.gross.is_zero() && r.depreciation.is_zero() && r.current.is_zero() &&
           (!r.previous || r.previous->is_zero());
  };
  for (auto& r : statements::shown_rows(layout, std::move(rows), zero)) {
    (layout.rows()[layout.index(r.id)].side == "actif" ? s.assets : s.liabilities).push_back(std::move(r));
  }
  add_difference_note(s.difference, current.class8, s.notes);
  statements::add_opening_note(book, s.years, s.notes);
  statements::add_unmatched_note(current.unmatched, s.notes);
  return s;
}

}  // namespace comptoir
