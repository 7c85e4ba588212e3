// The per-(entity, account, month) movements of validated postings written
// in the current scope, kept in memory and added to account_month_total at
// commit. Small: one entry per account and month touched, not per posting.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "core/money.hpp"
#include "core/transaction.hpp"

namespace comptoir {

class Statement;

class RunningTotals {
 public:
  // Adds the postings of a validated transaction to the month of its date.
  void add(const Transaction& transaction);
  [[nodiscard]] bool empty() const { return deltas_.empty(); }
  void clear() { deltas_.clear(); }
  // Writes every delta with `upsert` (parameters: entity, account, month
  // 'YYYY-MM', debit cents, credit cents), then forgets them.
  void flush(Statement& upsert);

 private:
  struct Key {
    std::string entity;
    std::string account;
    int year_month = 0;  // 202503
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& key) const noexcept;
  };
  struct Movement {
    Money debit;
    Money credit;
  };
  std::unordered_map<Key, Movement, KeyHash> deltas_;
};

}  // namespace comptoir
