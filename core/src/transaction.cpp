// Transaction totals and references.
#include "core/transaction.hpp"

#include <cstdio>

namespace comptoir {

Money Transaction::total_debit() const {
  Money total;
  for (const auto& p : postings) total += p.debit;
  return total;
}

Money Transaction::total_credit() const {
  Money total;
  for (const auto& p : postings) total += p.credit;
  return total;
}

std::string Transaction::reference() const {
  if (is_validated()) return transaction_reference(entity, fiscal_year, sequence);
  return "draft #" + std::to_string(id);
}

std::string transaction_reference(const std::string& entity, int fiscal_year, std::int64_t sequence) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "-%d-%06lld", fiscal_year, static_cast<long long>(sequence));
  return entity + buf;
}

std::string to_string(TransactionStatus s) { return s == TransactionStatus::Draft ? "draft" : "validated"; }

}  // namespace comptoir
