// The bank listings and the bank reconciliation statement (état de
// rapprochement bancaire) as tables for every writer. The figures are
// computed in rules/bank.
#pragma once

#include <vector>

#include "bank/bank_desk.hpp"
#include "bank/bank_reconciliation.hpp"
#include "labels/labels.hpp"
#include "reports/table.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

// "bank-reconciliation" (kind, date, reference, label, amount): the
// statement's balance on the date, the postings not yet on the statement
// (each, then their total), the adjusted statement balance; the book's
// balance, the statement lines not yet in the books (each, then their
// total), the adjusted book balance; the difference as the total row (zero
// when every movement is accounted for). Amounts signed as the bank sees
// them: money in is positive.
[[nodiscard]] std::vector<TableData> bank_reconciliation_tables(const BankReconciliation& r, const Labels& labels);

// `bank unmatched` (side, id, date, reference, label, amount): the
// statement lines, then the postings, not matched; a total per side.
void write_bank_unmatched(const BankUnmatched& unmatched, const Labels& labels, TableWriter& out);

// `bank statements` (id, file, format, reference, from, to, opening,
// closing) of an account, in import order.
void write_bank_statements(const std::vector<StoredBankStatement>& statements, const Labels& labels, TableWriter& out);

}  // namespace comptoir
