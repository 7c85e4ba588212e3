// The combined view of the two associations' fiscal year: the compte de
// résultat and the bilan of "combined" (combined_book.hpp), the
// eliminations listed, and the check that combined = AT + RES −
// eliminations on the totals of charges and produits and on the result,
// each side computed on its own path (the members' trial balances, the
// eliminated postings, the combined statement).
#pragma once

#include <string>
#include <vector>

#include "labels/labels.hpp"
#include "reports/combined_book.hpp"
#include "reports/statements.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

struct CombinedCheck {
  std::string id;                          // "charges", "produits", "result"
  std::vector<Money> members;              // per member entity, in CombinedBook::members() order
  Money eliminated;                        // what the eliminations take out of it
  Money combined;                          // from the combined statement
  [[nodiscard]] Money difference() const;  // members − eliminated − combined: zero when it ties
};

struct CombinedStatements {
  std::vector<std::string> members;
  IncomeStatement income;
  BalanceSheet balance;
  std::vector<Elimination> eliminations;
  std::vector<CombinedCheck> checks;
};

// "AT + RES": how the combined view names itself in titles.
[[nodiscard]] std::string combined_name(const CombinedBook& book);

// Throws as CombinedBook and as the statements (unknown year).
[[nodiscard]] CombinedStatements combined_statements(const BookReader& book, int year);

// The combined income statement and balance sheet tables, then the
// eliminations (CSV: entity,pair,account,auxiliary,debit,credit) and the
// check (CSV: check,<member>…,eliminated,combined,difference).
[[nodiscard]] std::vector<TableData> combined_tables(const CombinedStatements& statements, const Labels& labels);

}  // namespace comptoir
