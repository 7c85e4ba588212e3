// The bank reconciliation statement.
#include "bank/bank_reconciliation.hpp"

#include <set>

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
  // A match is reconciled on the date when none of its lines or postings
  // is dated after it: read both sides whole, note the matches reaching
  // past the date, keep what is dated up to it.
  std::set<std::int64_t> reaching_past;
  std::vector<BankLine> lines;
  for (auto& l : store.lines(entity, account)) {
    if (l.booking_date > date) {
      if (l.match_id != 0) reaching_past.insert(l.match_id);
    } else {
      r.statement_balance += l.amount;
      lines.push_back(std::move(l));
    }
  }
  std::vector<BankBookPosting> postings;
  for (auto& p : store.postings(entity, account)) {
    if (p.date > date) {
      if (p.match_id != 0) reaching_past.insert(p.match_id);
    } else {
      postings.push_back(std::move(p));
    }
  }
  const auto complete = [&](std::int64_t match) { return match != 0 && reaching_past.count(match) == 0; };
  for (const auto& l : lines) {
    if (!complete(l.match_id)) r.lines_not_in_books.push_back(l);
  }
  for (const auto& p : postings) {
    if (p.date < *first || p.journal == "AN") continue;  // in the first statement's opening balance
    if (!complete(p.match_id)) r.postings_not_on_statement.push_back(p);
  }
  return r;
}

}  // namespace comptoir
