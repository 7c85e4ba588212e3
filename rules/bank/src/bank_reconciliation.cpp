// The bank reconciliation statement.
#include "bank/bank_reconciliation.hpp"

#include <map>

#include "bank/bank_desk.hpp"
#include "bank/bank_import.hpp"
#include "core/error.hpp"

namespace comptoir {

Money BankReconciliation::postings_total() const {
  Money total;
  for (const auto& p : postings_not_on_statement) total += p.amount;
  return total;
}

Money BankReconciliation::lines_total() const {
  Money total;
  for (const auto& l : lines_not_in_books) total += l.amount;
  return total;
}

BankReconciliation reconcile_bank_account(const BankStore& store, const BookReader& book, const std::string& entity,
                                          const std::string& account, Date date) {
  check_bank_account(book, entity, account);
  const auto first = first_statement_day(store, entity, account);
  const auto statements = store.statements(entity, account);
  if (!first || *first > date) {
    throw Error(ErrorKind::InvalidInput, "no bank statement of " + entity + " " + account + " covers " + date.iso() +
                                             " or earlier: import one with bank import");
  }
  BankReconciliation r;
  r.entity = entity;
  r.account = account;
  r.date = date;
  TransactionFilter filter;
  filter.entity = entity;
  filter.to = date;
  filter.account_prefix = account;
  for (const auto& row : book.trial_balance(filter)) {
    if (row.account == account) r.book_balance += row.balance();
  }
  // The statements follow one another (checked on import): the balance on
  // a date is the first opening plus every line booked up to it.
  r.statement_balance = statements.front().opening;
  const auto lines = store.lines(entity, account, date);
  const auto postings = store.postings(entity, account, date);
  // A match is reconciled on the date when all of it is dated up to it:
  // count what each match has up to the date against what it holds.
  std::map<std::int64_t, std::size_t> present;
  for (const auto& l : lines) {
    r.statement_balance += l.amount;
    if (l.match_id != 0) ++present[l.match_id];
  }
  for (const auto& p : postings) {
    if (p.match_id != 0) ++present[p.match_id];
  }
  std::map<std::int64_t, bool> complete;
  for (const auto& [id, count] : present) {
    const auto m = store.match(id);
    complete[id] = m && m->lines.size() + m->postings.size() == count;
  }
  for (const auto& l : lines) {
    if (l.match_id == 0 || !complete[l.match_id]) r.lines_not_in_books.push_back(l);
  }
  for (const auto& p : postings) {
    if (p.date < *first || p.journal == "AN") continue;  // in the first statement's opening balance
    if (p.match_id == 0 || !complete[p.match_id]) r.postings_not_on_statement.push_back(p);
  }
  return r;
}

}  // namespace comptoir
