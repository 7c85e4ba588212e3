// The trial balance with its opening (statements.hpp): per account, the
// postings of journal AN, the other journals' movements and the closing.
#include "statement_support.hpp"

namespace comptoir {

TrialBalanceStatement trial_balance_statement(const BookReader& book, const std::string& entity, int year) {
  TrialBalanceStatement s;
  s.years = statement_years(book, entity, year);
  const auto opening = statements::opening_entries(book, entity, year);
  for (const auto& r : statements::year_balances(book, entity, year)) {
    TrialBalanceLine line{r.account, r.label, {}, r.debit, r.credit};
    if (const auto found = opening.find(r.account); found != opening.end()) {
      line.opening = found->second.balance();
      line.debit -= found->second.debit;
      line.credit -= found->second.credit;
    }
    s.lines.push_back(std::move(line));
  }
  statements::add_opening_note(book, s.years, s.notes);
  return s;
}

}  // namespace comptoir
