// The record of FEC imports in a SQLite book (schema v5). record() shares
// the book's write scope, so the record lands with the entries or not at all.
#pragma once

#include "fec/fec_import.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir {

class SqliteFecImportLog final : public FecImportLog {
 public:
  // `book` must outlive this log. record() throws Error(Locked) on a
  // read-only book and Error(Internal) without an open write scope.
  explicit SqliteFecImportLog(SqliteBook& book) : book_(book) {}

  [[nodiscard]] std::vector<FecImportRecord> imports() const override;
  [[nodiscard]] std::vector<FecImportRecord> imports_of(const std::string& entity,
                                                        const std::string& sha256) const override;
  std::int64_t record(const FecImportRecord& record) override;

 private:
  SqliteBook& book_;
};

}  // namespace comptoir
