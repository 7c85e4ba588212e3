// The opening line of a general ledger that starts after its fiscal year
// began ("solde au <veille>"): the movements of each account from the
// year's start to the day before the ledger's first date, so that the
// ledger's running balance starts from the account's real balance.
#pragma once

#include <string>
#include <vector>

#include "core/book_reader.hpp"
#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir {

struct LedgerOpening {
  std::string entity;
  std::string account;
  Date date;  // the day before filter.from
  Money debit;
  Money credit;
  [[nodiscard]] Money balance() const { return debit - credit; }

  // The openings of the ledger `filter` selects, by entity then account
  // (accounts under filter.account_prefix that moved). The year is
  // filter.fiscal_year, else the entity's year containing filter.from.
  // None without filter.from, when filter.from is its year's first day (the
  // AN journal's entries are entries of the year), or with filter.journal
  // (a single journal's listing has no carried-forward balance). Sums come
  // from the store's trial balance (SQL aggregation, running totals).
  [[nodiscard]] static std::vector<LedgerOpening> of(const BookReader& book, const TransactionFilter& filter);
};

}  // namespace comptoir
