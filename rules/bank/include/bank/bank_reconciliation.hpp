// The bank reconciliation statement (état de rapprochement bancaire) of an
// entity's bank account on a date: the balance in the books, the balance on
// the statements, the postings not yet on a statement, the statement lines
// not yet in the books, and the difference, which is zero when every
// movement is accounted for:
//   statement balance + postings not on the statement
//     − (book balance + lines not in the books) = difference.
// A line or posting counts as reconciled on the date only when its match's
// every line and posting is dated on or before it.
#pragma once

#include <string>
#include <vector>

#include "bank/bank_store.hpp"
#include "core/book_reader.hpp"

namespace comptoir {

struct BankReconciliation {
  std::string entity;
  std::string account;
  Date date;
  Money book_balance;       // debit − credit of the account up to the date
  Money statement_balance;  // the first statement's opening + the lines up to the date
  std::vector<BankBookPosting> postings_not_on_statement;
  std::vector<BankLine> lines_not_in_books;

  [[nodiscard]] Money postings_total() const;
  [[nodiscard]] Money lines_total() const;
  [[nodiscard]] Money adjusted_statement_balance() const { return statement_balance + postings_total(); }
  [[nodiscard]] Money adjusted_book_balance() const { return book_balance + lines_total(); }
  [[nodiscard]] Money difference() const { return adjusted_statement_balance() - adjusted_book_balance(); }
};

// Throws Error(NotFound) for an unknown entity or account,
// Error(InvalidInput) when no statement of the account covers the date's
// past (nothing imported on or before it).
[[nodiscard]] BankReconciliation reconcile_bank_account(const BankStore& store, const BookReader& book,
                                                        const std::string& entity, const std::string& account,
                                                        Date date);

}  // namespace comptoir
