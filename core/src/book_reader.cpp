// The reader port's default aggregate: balances per auxiliary account from
// the ledger lines, for readers with no query of their own.
#include "core/book_reader.hpp"

#include <map>
#include <utility>

namespace comptoir {

std::vector<AuxiliaryBalance> BookReader::balances_by_auxiliary(const std::string& entity, Date from, Date to,
                                                                const std::string& account_prefix) const {
  std::map<std::pair<std::string, std::string>, AuxiliaryBalance> sums;
  TransactionFilter filter;
  filter.entity = entity;
  filter.from = from;
  filter.to = to;
  filter.account_prefix = account_prefix;
  for_each_ledger_line(filter, [&](const LedgerLine& line) {
    const Posting& p = line.posting;
    AuxiliaryBalance& row = sums[{p.account, p.auxiliary}];
    row.account = p.account;
    row.auxiliary = p.auxiliary;
    row.debit += p.debit;
    row.credit += p.credit;
  });
  std::vector<AuxiliaryBalance> rows;
  for (auto& [_, row] : sums) {
    if (!row.debit.is_zero() || !row.credit.is_zero()) rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace comptoir
