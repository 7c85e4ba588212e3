// The layout of an annual statement as data (reports/data/*.csv,
// embedded): its rows in order, which accounts each line sums (longest
// prefix wins, "/D" or "/C" for one side of the balance only) and the
// formulas of its totals and margins. The statements (statements.hpp)
// classify the balances with it and evaluate the totals; the tests check
// that every account of the chart finds a row.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/money.hpp"

namespace comptoir {

enum class LayoutRowKind { Heading, Line, YearResult, Total, Result };

// Which balances of an account a prefix takes: both, debit ones or credit ones.
enum class BalanceSide { Any, Debit, Credit };

struct LayoutPrefix {
  std::string prefix;  // "512"
  BalanceSide side = BalanceSide::Any;
};

// One term of a formula: a row (its index) or every line whose id starts
// with `pattern` ("pe." for "+pe.*"), added or subtracted.
struct LayoutTerm {
  bool subtract = false;
  std::optional<std::size_t> row;
  std::string pattern;
};

struct LayoutRow {
  std::string id;    // "pe.cotisations"
  std::string side;  // balance sheet: "actif" | "passif"; "" otherwise
  LayoutRowKind kind = LayoutRowKind::Line;
  bool credit_positive = false;  // a line that shows credit - debit (produits, passif)
  std::vector<LayoutPrefix> prefixes;
  std::vector<LayoutTerm> formula;
};

class StatementLayout {
 public:
  // Parses a layout file; `with_side` for the balance sheet's
  // row;side;kind;accounts;formula, else row;kind;sign;accounts;formula.
  // Throws Error(InvalidInput) "<source>:<line>: ..." on a bad row, a
  // prefix used twice for the same side, or a formula naming a row that is
  // not above it.
  static StatementLayout parse(std::string_view text, std::string_view source, bool with_side);
  // The embedded compte de résultat (income_statement.csv) and bilan
  // (balance_sheet.csv).
  static StatementLayout income_statement();
  static StatementLayout balance_sheet();

  [[nodiscard]] const std::vector<LayoutRow>& rows() const { return rows_; }
  // The index of the row `id`; throws Error(Internal) if the layout has none.
  [[nodiscard]] std::size_t index(std::string_view id) const;

  // The line an account's balance goes to: the row of its longest prefix
  // that takes a balance of that sign (balance = debit - credit; a zero
  // balance counts as debit). nullopt when no prefix matches.
  [[nodiscard]] std::optional<std::size_t> row_for(std::string_view account, Money balance) const;
  // The matching prefix itself (tests: which prefix caught the account).
  [[nodiscard]] std::optional<LayoutPrefix> prefix_for(std::string_view account, Money balance) const;

  // Fills the totals and margins of `amounts` (one per row; lines and
  // year results already set) in row order from their formulas.
  void evaluate(std::vector<Money>& amounts) const;

 private:
  std::vector<LayoutRow> rows_;
};

}  // namespace comptoir
