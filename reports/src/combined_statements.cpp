// See combined_statements.hpp.
#include "reports/combined_statements.hpp"

#include "reports/statement_tables.hpp"

namespace comptoir {
namespace {

// Charges (class 6, debit − credit) and produits (class 7, credit − debit).
struct ClassTotals {
  Money charges;
  Money produits;
};

ClassTotals totals_of(const std::vector<AccountBalance>& rows) {
  ClassTotals t;
  for (const auto& r : rows) {
    if (r.account.empty()) continue;
    if (r.account[0] == '6') t.charges += r.balance();
    if (r.account[0] == '7') t.produits -= r.balance();
  }
  return t;
}

std::string text(const Labels& t, std::string_view id) {
  return std::string(t(id));
}

}  // namespace

std::string combined_name(const CombinedBook& book) {
  std::string name;
  for (const auto& m : book.members()) name += (name.empty() ? "" : " + ") + m;
  return name;
}

Money CombinedCheck::difference() const {
  Money sum;
  for (const auto& m : members) sum += m;
  return sum - eliminated - combined;
}

CombinedStatements combined_statements(const BookReader& book, int year) {
  const CombinedBook combined(book);
  CombinedStatements s;
  s.members = combined.members();
  s.income = income_statement(combined, combined_entity, year);
  s.balance = balance_sheet(combined, combined_entity, year);
  s.income.years.entity = s.balance.years.entity = combined_name(combined);
  const FiscalYear& fy = s.income.years.current;
  s.eliminations = combined.eliminations(fy.start, fy.end);

  CombinedCheck charges{"charges", {}, {}, {}}, produits{"produits", {}, {}, {}}, result{"result", {}, {}, {}};
  for (const auto& code : s.members) {
    TransactionFilter f;
    f.entity = code;
    f.fiscal_year = year;
    const ClassTotals t = totals_of(book.trial_balance(f));
    charges.members.push_back(t.charges);
    produits.members.push_back(t.produits);
    result.members.push_back(t.produits - t.charges);
  }
  for (const auto& e : s.eliminations) {
    if (e.account[0] == '6') charges.eliminated += e.balance;
    if (e.account[0] == '7') produits.eliminated -= e.balance;
  }
  result.eliminated = produits.eliminated - charges.eliminated;
  TransactionFilter all;
  all.entity = combined_entity;
  all.fiscal_year = year;
  const ClassTotals c = totals_of(combined.trial_balance(all));
  charges.combined = c.charges;
  produits.combined = c.produits;
  result.combined = s.income.result;  // the statement's own figure
  s.checks = {charges, produits, result};
  return s;
}

std::vector<TableData> combined_tables(const CombinedStatements& s, const Labels& t) {
  std::vector<TableData> tables = income_statement_tables(s.income, t);
  for (auto& table : balance_sheet_tables(s.balance, t)) tables.push_back(std::move(table));

  TableData elim{"eliminations",
                 {text(t, "combined.eliminations.title"),
                  {{"entity", text(t, "col.entity"), 6},
                   {"pair", text(t, "combined.col.pair"), 12, Align::Left, 8},
                   {"account", text(t, "col.account"), 7},
                   {"auxiliary", text(t, "col.auxiliary"), 10, Align::Left, 6},
                   {"debit", text(t, "col.debit"), 13, Align::Right},
                   {"credit", text(t, "col.credit"), 13, Align::Right}}},
                 {}};
  Money debit, credit;
  for (const auto& e : s.eliminations) {
    const Money d = e.balance.is_negative() ? Money{} : e.balance;
    const Money c = e.balance.is_negative() ? -e.balance : Money{};
    elim.rows.push_back({{e.entity, e.pair, e.account, e.auxiliary, d, c}, false, false});
    debit += d;
    credit += c;
  }
  elim.rows.push_back({{text(t, "common.total"), Cell{}, Cell{}, Cell{}, debit, credit}, false, true});
  tables.push_back(std::move(elim));

  std::vector<Column> columns{{"check", text(t, "combined.col.check"), 18, Align::Left, 10}};
  for (const auto& m : s.members) columns.push_back({m, m, 13, Align::Right});
  columns.push_back({"eliminated", text(t, "combined.col.eliminated"), 11, Align::Right});
  columns.push_back({"combined", text(t, "combined.col.combined"), 13, Align::Right});
  columns.push_back({"difference", text(t, "combined.col.difference"), 7, Align::Right});
  TableData check{"check", {text(t, "combined.check.title"), columns}, {}};
  for (const auto& c : s.checks) {
    std::vector<Cell> cells{Code{c.id, text(t, "combined.check." + c.id)}};
    for (const auto& m : c.members) cells.emplace_back(m);
    cells.insert(cells.end(), {c.eliminated, c.combined, c.difference()});
    check.rows.push_back({std::move(cells), false, false});
  }
  tables.push_back(std::move(check));
  return tables;
}

}  // namespace comptoir
