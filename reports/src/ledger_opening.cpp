// See ledger_opening.hpp.
#include "reports/ledger_opening.hpp"

#include <algorithm>
#include <optional>
#include <tuple>

namespace comptoir {
namespace {

std::optional<FiscalYear> year_of(const BookReader& book, const std::string& entity, const TransactionFilter& filter) {
  for (const auto& y : book.fiscal_years(entity)) {
    if (filter.fiscal_year ? y.year == *filter.fiscal_year : y.contains(*filter.from)) return y;
  }
  return std::nullopt;
}

}  // namespace

std::vector<LedgerOpening> LedgerOpening::of(const BookReader& book, const TransactionFilter& filter) {
  std::vector<LedgerOpening> result;
  if (!filter.from || !filter.journal.empty() || (filter.to && *filter.to < *filter.from)) return result;
  std::vector<std::string> codes;
  if (!filter.entity.empty()) {
    codes.push_back(filter.entity);
  } else {
    for (const auto& e : book.entities()) codes.push_back(e.code);
  }
  const Date eve = filter.from->plus_days(-1);
  for (const auto& code : codes) {
    const auto year = year_of(book, code, filter);
    if (!year || *filter.from <= year->start) continue;
    TransactionFilter before;
    before.entity = code;
    before.fiscal_year = year->year;
    before.from = year->start;
    before.to = std::min(eve, year->end);
    before.account_prefix = filter.account_prefix;
    for (auto& row : book.trial_balance(before)) {
      result.push_back(LedgerOpening{code, std::move(row.account), eve, row.debit, row.credit});
    }
  }
  // The ledger's order (SQL byte order on entity then account).
  std::sort(result.begin(), result.end(), [](const LedgerOpening& a, const LedgerOpening& b) {
    return std::tie(a.entity, a.account) < std::tie(b.entity, b.account);
  });
  return result;
}

}  // namespace comptoir
