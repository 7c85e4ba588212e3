// Transaction and posting builders, totals and references.
#include "core/transaction.hpp"

#include <cstdio>
#include <utility>

namespace comptoir {
namespace {

// A posting with its account and details, both amounts zero.
Posting posting_of(std::string account, PostingDetails details) {
  Posting p;
  p.account = std::move(account);
  p.auxiliary = std::move(details.auxiliary);
  p.label = std::move(details.label);
  p.tags = std::move(details.tags);
  return p;
}

}  // namespace

Posting Posting::debiting(std::string account, Money amount, PostingDetails details) {
  Posting p = posting_of(std::move(account), std::move(details));
  p.debit = amount;
  return p;
}

Posting Posting::crediting(std::string account, Money amount, PostingDetails details) {
  Posting p = posting_of(std::move(account), std::move(details));
  p.credit = amount;
  return p;
}

Posting Posting::with_balance(std::string account, Money balance, PostingDetails details) {
  if (balance.is_negative()) return crediting(std::move(account), -balance, std::move(details));
  return debiting(std::move(account), balance, std::move(details));
}

Transaction Transaction::draft(std::string entity, std::string journal, Date date, std::string piece_ref,
                               std::string label, std::vector<Posting> postings) {
  Transaction t;
  t.entity = std::move(entity);
  t.journal = std::move(journal);
  t.date = date;
  t.piece_ref = std::move(piece_ref);
  t.piece_date = date;
  t.label = std::move(label);
  t.postings = std::move(postings);
  return t;
}

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

std::string to_string(TransactionStatus s) {
  return s == TransactionStatus::Draft ? "draft" : "validated";
}

}  // namespace comptoir
