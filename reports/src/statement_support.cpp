// See statement_support.hpp, and statement_years() of statements.hpp.
#include "statement_support.hpp"

#include "core/error.hpp"
#include "reports/book_listings.hpp"

namespace comptoir {

StatementYears statement_years(const BookReader& book, const std::string& entity, int year) {
  TransactionFilter filter;
  filter.entity = entity;
  filter.fiscal_year = year;
  check_filter(book, filter);
  StatementYears years{entity, {}, std::nullopt};
  const auto all = book.fiscal_years(entity);
  for (const auto& y : all) {
    if (y.year == year) years.current = y;
  }
  for (const auto& y : all) {
    if (y.end < years.current.start && (!years.previous || years.previous->end < y.end)) years.previous = y;
  }
  return years;
}

namespace statements {

std::map<std::string, Movements> opening_entries(const BookReader& book, const std::string& entity, int year) {
  std::map<std::string, Movements> out;
  for (const auto& y : book.fiscal_years(entity)) {
    if (y.year != year) continue;
    // The à-nouveaux are dated the year's first day (the close posts them
    // so, a FEC carries them so): one day of one journal, per account.
    TransactionFilter filter;
    filter.entity = entity;
    filter.from = y.start;
    filter.to = y.start;
    filter.journal = opening_journal;
    for (const auto& row : book.trial_balance(filter)) out[row.account] = Movements{row.debit, row.credit};
  }
  return out;
}

std::map<std::pair<std::string, std::string>, Money> balances_per_auxiliary(const BookReader& book,
                                                                            const std::string& entity, int year,
                                                                            const std::string& prefix) {
  std::map<std::pair<std::string, std::string>, Money> out;
  for (const auto& y : book.fiscal_years(entity)) {
    if (y.year != year) continue;
    for (const auto& row : book.balances_by_auxiliary(entity, y.start, y.end, prefix)) {
      out[{row.account, row.auxiliary}] += row.balance();
    }
  }
  return out;
}

std::vector<AccountBalance> year_balances(const BookReader& book, const std::string& entity, int year) {
  TransactionFilter filter;
  filter.entity = entity;
  filter.fiscal_year = year;
  return book.trial_balance(filter);
}

bool is_depreciation_account(std::string_view account) {
  if (account.size() < 2) return false;
  if (account[0] == '2') return account[1] == '8' || account[1] == '9';
  return account[1] == '9' && (account[0] == '3' || account[0] == '4' || account[0] == '5');
}

int account_class(std::string_view account) {
  return account.empty() ? 0 : account[0] - '0';
}

void add_opening_note(const BookReader& book, const StatementYears& years, std::vector<StatementNote>& notes) {
  if (!years.previous || !opening_entries(book, years.entity, years.current.year).empty()) return;
  const bool closed = !years.previous->is_open();
  notes.push_back({closed ? "statement.note.opening_missing" : "statement.note.opening_not_carried",
                   {{"year", std::to_string(years.current.year)}, {"previous", std::to_string(years.previous->year)}},
                   std::nullopt});
}

void add_unmatched_note(const std::vector<std::string>& accounts, std::vector<StatementNote>& notes) {
  if (accounts.empty()) return;
  std::string list;
  for (const auto& a : accounts) list += (list.empty() ? "" : ", ") + a;
  notes.push_back({"statement.note.unmatched", {{"accounts", list}}, std::nullopt});
}

std::string statement_title(const Labels& t, const char* id, const StatementYears& years) {
  return t(id, {{"entity", years.entity},
                {"year", std::to_string(years.current.year)},
                {"start", t.date(years.current.start)},
                {"end", t.date(years.current.end)}});
}

void add_note_table(const std::vector<StatementNote>& notes, const Labels& t, std::vector<TableData>& tables) {
  if (notes.empty()) return;
  TableData table{"notes",
                  {std::string(t("statement.notes")),
                   {{"note", std::string(t("statement.col.note")), 64, Align::Left, 30},
                    {"text", std::string(t("statement.col.note")), 0},
                    {"amount", std::string(t("statement.col.amount")), 13, Align::Right}}},
                  {}};
  for (const auto& n : notes) {
    std::vector<std::string> amounts;  // the amounts as this language writes them
    for (const auto& a : n.amounts) amounts.push_back(t.amount(a.second));
    std::vector<LabelArg> args;
    for (const auto& [name, value] : n.args) args.emplace_back(name, value);
    for (std::size_t i = 0; i < amounts.size(); ++i) args.emplace_back(n.amounts[i].first, amounts[i]);
    const std::string text = t(n.id, args);
    Cell amount;
    if (n.amount) amount = *n.amount;
    table.rows.push_back({{Code{n.id, text}, text, amount}, false, false});
  }
  tables.push_back(std::move(table));
}

}  // namespace statements
}  // namespace comptoir
