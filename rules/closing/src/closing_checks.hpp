// The closing's checks (see year_closing.hpp for what each code means).
#pragma once

#include <string>
#include <vector>

#include "closing/year_closing.hpp"

namespace comptoir {

// Every problem of closing `entity`'s `year` as the books stand, before the
// year-end entries: earlier years open, drafts, integrity, suspense and
// transfer accounts, class 8, cash in credit, VAT months unsettled, inter-
// association pairs that differ.
[[nodiscard]] std::vector<ClosingProblem> closing_checks(const BookReader& reader, const std::string& entity,
                                                         const FiscalYear& year,
                                                         const StoreIntegrityCheck& store_check);

// A warning per class-5 account with bank statements whose reconciliation
// on the year's last day shows a difference.
[[nodiscard]] std::vector<ClosingProblem> bank_reconciliation_checks(const BankStore& bank, const BookReader& reader,
                                                                     const std::string& entity, const FiscalYear& year);

// The validated entries of the year already on 689x/789x: dedicated funds
// posted by hand, which the close then leaves as they are.
[[nodiscard]] std::vector<std::string> dedicated_funds_entries(const BookReader& reader, const std::string& entity,
                                                               const FiscalYear& year);

}  // namespace comptoir
