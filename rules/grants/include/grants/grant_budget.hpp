// The budget of an agreement's action (budget prévisionnel) and its
// compte rendu financier (CERFA n° 15059, arrêté du 11 octobre 2006): the
// charges and produits by nature (data/budget_lines.csv: which accounts
// each line takes), the budget file that records them, and the budget set
// beside what the books show for the agreement's tag, with the indirect
// costs (frais de structure) by their allocation key. GrantDesk records a
// budget and builds the report; reports/ writes it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/book_reader.hpp"
#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"
#include "grants/grant.hpp"

namespace comptoir {

// Which part of the compte rendu a line belongs to: a direct charge of the
// action (debit - credit), a produit (credit - debit), or the
// contributions volontaires en nature (86 emplois, 87 contributions).
enum class BudgetSide { Charge, Produit, CvnCharge, CvnProduit };

// "charge" | "produit" | "cvn_charge" | "cvn_produit".
[[nodiscard]] std::string to_string(BudgetSide side);

struct BudgetNature {
  std::string line;  // "64", "74.etat": the id a budget file names
  BudgetSide side = BudgetSide::Charge;
  std::vector<std::string> prefixes;  // account-number prefixes
};

// The lines of a budget and of its report, in the report's order, and the
// line each account goes to (its longest matching prefix).
class BudgetNatures {
 public:
  // Parses line;side;accounts rows (see data/budget_lines.csv). Throws
  // Error(InvalidInput) "<source>:<line>: ..." on a bad row, a line id or
  // a prefix used twice.
  static BudgetNatures parse(std::string_view text, std::string_view source);
  // The embedded data/budget_lines.csv.
  static const BudgetNatures& standard();

  [[nodiscard]] const std::vector<BudgetNature>& lines() const { return lines_; }
  [[nodiscard]] std::optional<std::size_t> find(std::string_view line) const;
  // The line of `account` (longest prefix); nullopt for an account no line
  // takes (classes 1 to 5).
  [[nodiscard]] std::optional<std::size_t> line_for(std::string_view account) const;
  // "60, 61, …": the ids, for error messages.
  [[nodiscard]] std::string ids() const;

 private:
  std::vector<BudgetNature> lines_;
};

// One line of a budget: a nature and its amount, with an optional detail
// shown beside its label (the funder of a subsidy, what the line holds).
struct GrantBudgetLine {
  std::string line;
  Money amount;  // zero or positive
  std::string detail;
};

// An action's budget: its lines (the file's order), the share of the
// direct charges the indirect costs take (frais de structure: 1/10 for
// 10 %), and a free comment (the qualitative appendix of the form).
struct GrantBudget {
  std::string grant;
  std::vector<GrantBudgetLine> lines;
  Rational indirect_rate;
  std::string comment;
};

// Reads a budget file (CSV, ',' separated, or ';' when the header has
// no ',', RFC 4180 quoting, UTF-8), all
// or nothing: a header with the columns line and amount (detail optional),
// then one row per line of `natures` (each at most once; amount in euros,
// "126000", "1 234,56", zero or more), and two optional special rows:
// `indirect_rate` (amount = the percentage of the direct charges, "10",
// "7,5", between 0 and 100) and `comment` (detail = its text). Throws
// Error(InvalidInput) "<source>:<line>: field '<field>': ..." at the first
// bad row, or "<source>: no budget line" for a file without one.
[[nodiscard]] GrantBudget parse_grant_budget(std::string_view content, const std::string& source,
                                             const BudgetNatures& natures);

// One line of the report: the budget beside what the books show.
struct GrantReportLine {
  std::string line;
  BudgetSide side = BudgetSide::Charge;
  std::string detail;
  Money budget;
  Money actual;
  [[nodiscard]] Money difference() const { return actual - budget; }
};

// The compte rendu financier of one agreement over [from, to].
struct GrantFinancialReport {
  Grant grant;
  std::string funder_name;  // the label of the funder's auxiliary account
  Date from;
  Date to;
  std::optional<int> year;             // the fiscal year asked, if any
  std::vector<GrantReportLine> lines;  // the natures' order: those with a budget or an actual
  Money direct_budget;                 // I. direct charges: the charge lines
  Money direct_actual;
  Rational indirect_rate;  // II. indirect costs = direct charges x rate, rounded half-up to the cent
  Money indirect_budget;
  Money indirect_actual;
  Money charges_budget;  // I + II
  Money charges_actual;
  Money produits_budget;
  Money produits_actual;
  std::string comment;
};

// The report of `grant` from its budget and `tagged`, the balances of the
// validated postings carrying its tag over [from, to] per account: each
// account goes to its nature's line (accounts of no line, classes 1 to 5,
// are left out). The indirect costs of each column are that column's
// direct charges times the rate, rounded half-up once (Money::times): the
// rows add up exactly to the totals. No other rounding.
[[nodiscard]] GrantFinancialReport compute_grant_report(const Grant& grant, const GrantBudget& budget,
                                                        const BudgetNatures& natures,
                                                        const std::vector<AccountBalance>& tagged, Date from, Date to);

// (actual - budget) / budget, nullopt when the budget is zero.
[[nodiscard]] std::optional<Rational> difference_ratio(Money budget, Money actual);

}  // namespace comptoir
