// For in-memory test books: the trial balance summed from the ledger lines
// the book lists (what the SQLite store reads from its running totals).
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/book_reader.hpp"

namespace comptoir::test {

inline std::vector<AccountBalance> trial_balance_of_lines(const BookReader& book, const TransactionFilter& filter) {
  std::map<std::pair<std::string, std::string>, AccountBalance> rows;
  book.for_each_ledger_line(filter, [&](const LedgerLine& l) {
    auto& row = rows[{l.entity, l.posting.account}];
    row.entity = l.entity;
    row.account = l.posting.account;
    row.debit += l.posting.debit;
    row.credit += l.posting.credit;
  });
  std::vector<AccountBalance> out;
  for (auto& [key, row] : rows) out.push_back(row);
  return out;
}

}  // namespace comptoir::test
