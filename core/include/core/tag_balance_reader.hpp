// What the balance by tag needs from storage: one aggregate query.
#pragma once

#include <string>
#include <vector>

#include "core/tag_balance_row.hpp"
#include "core/transaction_filter.hpp"

namespace comptoir {

class TagBalanceReader {
 public:
  virtual ~TagBalanceReader() = default;
  // Postings matching `filter` (entity, dates, account prefix, journal,
  // status) that carry a tag, summed per (key, value), ordered by key then
  // value; `key` non-empty keeps that key only.
  [[nodiscard]] virtual std::vector<TagBalanceRow> tag_balance(const TransactionFilter& filter,
                                                               const std::string& key) const = 0;
};

}  // namespace comptoir
