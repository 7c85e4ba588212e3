// In-memory monthly deltas of validated postings and their flush.
#include "running_totals.hpp"

#include <cstdio>
#include <functional>

#include "statement.hpp"

namespace comptoir {

std::size_t RunningTotals::KeyHash::operator()(const Key& key) const noexcept {
  const std::size_t h1 = std::hash<std::string>{}(key.entity);
  const std::size_t h2 = std::hash<std::string>{}(key.account);
  return (h1 * 31U + h2) * 1000003U + static_cast<std::size_t>(key.year_month);
}

void RunningTotals::add(const Transaction& transaction) {
  const int year_month = transaction.date.year_month();
  for (const auto& posting : transaction.postings) {
    Movement& movement = deltas_[Key{transaction.entity, posting.account, year_month}];
    movement.debit += posting.debit;
    movement.credit += posting.credit;
  }
}

void RunningTotals::flush(Statement& upsert) {
  for (const auto& [key, movement] : deltas_) {
    char month[16];
    std::snprintf(month, sizeof month, "%04d-%02d", key.year_month / 100, key.year_month % 100);
    upsert.bind(1, key.entity);
    upsert.bind(2, key.account);
    upsert.bind(3, std::string_view(month));
    upsert.bind(4, movement.debit.cents());
    upsert.bind(5, movement.credit.cents());
    upsert.run("updating the running totals");
  }
  deltas_.clear();
}

}  // namespace comptoir
