// The statements of statements.hpp as tables for every writer: the rows
// with a stable id and kind (CSV/JSON), their labels in the reader's
// language (labels/data/statements.csv) and amounts; the notes in a table
// of their own after the statement's.
#pragma once

#include <vector>

#include "labels/labels.hpp"
#include "reports/statements.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

// "income-statement" (row, kind, label, current, previous), then "notes".
[[nodiscard]] std::vector<TableData> income_statement_tables(const IncomeStatement& statement, const Labels& labels);

// "assets" (row, kind, label, gross, depreciation, net, previous),
// "liabilities" (row, kind, label, current, previous), then "notes".
[[nodiscard]] std::vector<TableData> balance_sheet_tables(const BalanceSheet& sheet, const Labels& labels);

// "trial-balance" (account, label, opening_debit, opening_credit, debit,
// credit, closing_debit, closing_credit) with a total row, then "notes".
[[nodiscard]] std::vector<TableData> trial_balance_tables(const TrialBalanceStatement& balance, const Labels& labels);

// The stable name of a layout row's kind: heading, line, year_result,
// total, result.
[[nodiscard]] std::string to_string(LayoutRowKind kind);

}  // namespace comptoir
