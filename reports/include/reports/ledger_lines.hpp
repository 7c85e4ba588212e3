// The ledger lines behind a figure of the desktop app's charts (a bar, a
// slice, a point): the validated postings that make it, as one table held
// whole, with the entity, date, journal, piece, account, labels, debit and
// credit, and a total row whose net (debit − credit, or credit − debit for
// resources) is the figure. What a click on a chart opens.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cofinancing/cofinancing_store.hpp"
#include "core/book_reader.hpp"
#include "core/date.hpp"
#include "labels/labels.hpp"
#include "reports/category_scheme.hpp"
#include "reports/category_side.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

// Which postings a drill-down lists. Empty fields select everything.
struct LedgerSelection {
  std::vector<std::string> entities;  // "" alone or none = every entity
  std::optional<int> fiscal_year;
  std::optional<Date> from;  // inclusive
  std::optional<Date> to;    // inclusive
  // Accounts starting with one of these ("" alone or none = every
  // account); the first tells the net: credit − debit when it is a
  // resource (class 7), else debit − credit.
  std::vector<std::string> account_prefixes;
  std::string excluded_prefix;  // and not with this one ("689" for a grant's spending)
  std::string tag_key;          // postings carrying tag_key=tag_value
  std::string tag_value;
  // Postings tagged interco=<id> are left out (the combined view, where
  // flows between the associations are eliminated).
  bool without_interco = false;
};

// The postings `selection` picks, by entity, prefix, account, date (the
// general ledger's order), then a total row of debit and credit and a row
// of the net.
[[nodiscard]] TableData ledger_lines(const BookReader& book, const LedgerSelection& selection, const std::string& title,
                                     const Labels& labels);

// The lines of the activity report's category `category` ("other" = the
// accounts no prefix matches) on `side` in fiscal year `year` of
// `entities`: class-6 or class-7 postings classed into it by the scheme;
// with several entities, flows between the associations left out as the
// combined summary does. The total's net is the category's amount (credit
// − debit for resources).
[[nodiscard]] TableData category_lines(const BookReader& book, const CategoryScheme& scheme,
                                       const std::vector<std::string>& entities, int year, CategorySide side,
                                       const std::string& category, const std::string& title, const Labels& labels);

// The postings of the entries `transactions` whose account starts with
// `account_prefix` ("" = all), in the order given.
[[nodiscard]] TableData transaction_lines(const BookReader& book, const std::vector<std::int64_t>& transactions,
                                          const std::string& account_prefix, const std::string& title,
                                          const Labels& labels);

// The revenue lines (class 7) of the invoices of the shares that rule
// `rule` paid of the prestations of `commune` ("" = every commune):
// what the co-financing headroom chart counts as used.
[[nodiscard]] TableData cofinancing_lines(const BookReader& book, const CofinancingStore& store,
                                          const std::string& commune, const std::string& rule, const std::string& title,
                                          const Labels& labels);

}  // namespace comptoir
