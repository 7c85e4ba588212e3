// The balance by analytic tag over a SQLite book: one GROUP BY over
// posting_tag joined to posting (indexed by key and value since schema v3).
#pragma once

#include "core/book_reader.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir {

class SqliteTagBalance final : public TagBalanceReader {
 public:
  // `book` must outlive this reader.
  explicit SqliteTagBalance(const SqliteBook& book) : book_(book) {}
  [[nodiscard]] std::vector<TagBalanceRow> tag_balance(const TransactionFilter& filter,
                                                       const std::string& key) const override;

 private:
  const SqliteBook& book_;
};

}  // namespace comptoir
