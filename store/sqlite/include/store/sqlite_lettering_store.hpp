// The lettering of a SQLite book: the `lettering` table (schema v1, closed
// years guarded by the triggers of v9), beside the postings and outside
// their hash. Writes share the book's write scope.
#pragma once

#include "core/lettering.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir {

class SqliteLetteringStore final : public LetteringStore {
 public:
  // `book` must outlive this store. Writes throw Error(Locked) on a
  // read-only book or for a posting dated in a closed year, and
  // Error(Internal) without an open write scope.
  explicit SqliteLetteringStore(SqliteBook& book) : book_(book) {}

  [[nodiscard]] std::vector<LedgerLine> lettering_lines(const std::string& entity,
                                                        const std::vector<std::int64_t>& posting_ids) const override;
  [[nodiscard]] std::vector<LedgerLine> lettered_lines(const std::string& entity, const std::string& account,
                                                       const std::string& code) const override;
  [[nodiscard]] std::vector<std::string> lettering_codes(const std::string& entity,
                                                         const std::string& account) const override;
  void letter(const std::vector<std::int64_t>& posting_ids, const LetteringMark& mark) override;
  void unletter(const std::vector<std::int64_t>& posting_ids) override;

 private:
  SqliteBook& book_;
};

}  // namespace comptoir
