// The closing's bank check: each bank account with statements reconciled on
// the year's last day (rules/bank), a warning when a difference remains.
#include "bank/bank_desk.hpp"
#include "bank/bank_reconciliation.hpp"
#include "closing_checks.hpp"

namespace comptoir {

std::vector<ClosingProblem> bank_reconciliation_checks(const BankStore& bank, const BookReader& reader,
                                                       const std::string& entity, const FiscalYear& year) {
  std::vector<ClosingProblem> problems;
  for (const auto& account : reader.accounts(entity)) {
    if (account.number.rfind('5', 0) != 0) continue;
    const auto first = first_statement_day(bank, entity, account.number);
    if (!first || *first > year.end) continue;
    const BankReconciliation r = reconcile_bank_account(bank, reader, entity, account.number, year.end);
    if (!r.difference().is_zero()) {
      problems.push_back({"bank-reconciliation", ClosingSeverity::Warning, account.number, r.difference(), {}});
    }
  }
  return problems;
}

}  // namespace comptoir
