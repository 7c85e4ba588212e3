// Transaction totals and references.
#include "ledger/transaction.hpp"

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
  if (is_validated()) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s-%d-%06lld", entity.c_str(), fiscal_year, static_cast<long long>(sequence));
    return buf;
  }
  return "draft #" + std::to_string(id);
}

std::string to_string(TransactionStatus s) { return s == TransactionStatus::Draft ? "draft" : "validated"; }

}  // namespace comptoir
