// The annual statements of an entity's fiscal year as typed data: the
// compte de résultat and the bilan in the ANC 2018-06 models (rows and
// account mappings in reports/data/*.csv), and the trial balance with its
// opening (journal AN), movements and closing. Computed once from the
// reader port, then written as tables (statement_tables.hpp) by every
// writer; N-1 is the same computation on the entity's previous fiscal year.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/book_reader.hpp"
#include "reports/statement_layout.hpp"

namespace comptoir {

// The journal of the opening entries (à-nouveaux).
inline constexpr const char* opening_journal = "AN";

// The fiscal year a statement is of, and the one before it when the
// entity has one (the year that ends last before it starts).
struct StatementYears {
  std::string entity;
  FiscalYear current;
  std::optional<FiscalYear> previous;
};

// Refuses an unknown entity (Error(NotFound)) or a year it lacks
// (Error(InvalidInput), naming the years it has).
[[nodiscard]] StatementYears statement_years(const BookReader& book, const std::string& entity, int year);

// A sentence under a statement: a label id of labels/data/statements.csv,
// its plain arguments ({year}, {accounts}), its amounts in the text
// ({register}, {books}: each language writes them its way) and the amount
// of its own column.
struct StatementNote {
  std::string id;
  std::vector<std::pair<std::string, std::string>> args;
  std::optional<Money> amount;
  std::vector<std::pair<std::string, Money>> amounts = {};
};

// One row of the compte de résultat: its layout row (id, kind) and its
// amounts for N and N-1 (nullopt when the entity has no previous year).
struct IncomeStatementRow {
  std::string id;
  LayoutRowKind kind = LayoutRowKind::Line;
  Money current;
  std::optional<Money> previous;
};

struct IncomeStatement {
  StatementYears years;
  // The rows a reader sees: the layout's, but the lines zero in N and N-1
  // and the sections (heading and total) left empty.
  std::vector<IncomeStatementRow> rows;
  Money result;  // excédent (+) or déficit (-) of N: classes 7 - 6
  std::optional<Money> previous_result;
  std::vector<StatementNote> notes;
};

[[nodiscard]] IncomeStatement income_statement(const BookReader& book, const std::string& entity, int year);

// One row of the actif: gross, amortissements et dépréciations, net and
// net N-1; or of the passif: `current` and `previous` (gross and
// depreciation unused).
struct BalanceSheetRow {
  std::string id;
  LayoutRowKind kind = LayoutRowKind::Line;
  Money gross;
  Money depreciation;
  Money current;  // actif: gross - depreciation; passif: the amount
  std::optional<Money> previous;
};

struct BalanceSheet {
  StatementYears years;
  std::vector<BalanceSheetRow> assets;  // as IncomeStatement::rows
  std::vector<BalanceSheetRow> liabilities;
  Money result;      // on the passif's "résultat de l'exercice" row
  Money difference;  // total actif - total passif of N (zero when it balances)
  std::optional<Money> previous_difference;
  std::vector<StatementNote> notes;  // why it does not balance; opening balances not carried yet
};

[[nodiscard]] BalanceSheet balance_sheet(const BookReader& book, const std::string& entity, int year);

// One account of the trial balance: opening balance (journal AN) as a
// debit or credit, the year's movements in the other journals, closing
// balance = opening + movements.
struct TrialBalanceLine {
  std::string account;
  std::string label;
  Money opening;  // debit - credit of the AN postings
  Money debit;    // movements (journals other than AN)
  Money credit;
  [[nodiscard]] Money closing() const { return opening + debit - credit; }
};

struct TrialBalanceStatement {
  StatementYears years;
  std::vector<TrialBalanceLine> lines;  // by account
  std::vector<StatementNote> notes;
};

[[nodiscard]] TrialBalanceStatement trial_balance_statement(const BookReader& book, const std::string& entity,
                                                            int year);

}  // namespace comptoir
