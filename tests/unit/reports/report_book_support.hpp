// A small SQLite book for the report tests: initialised (entities AT and
// RES, chart, journals, fiscal year 2025) in a private temporary file, and
// validated entries in a line. A first fiscal year of other dates may be
// given.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/book.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir::test {

class ReportBook {
 public:
  ReportBook();
  explicit ReportBook(const FiscalYear& first_year);
  ~ReportBook();
  ReportBook(const ReportBook&) = delete;
  ReportBook& operator=(const ReportBook&) = delete;

  [[nodiscard]] SqliteBook& store() { return *store_; }
  // Posts a validated entry (validated on its date) with `postings`:
  // {account, debit, credit} in euros text, "" for none.
  struct Line {
    std::string account;
    std::string debit;
    std::string credit;
    Tags tags = {};
  };
  std::int64_t post(const std::string& entity, const std::string& journal, Date date, const std::string& piece,
                    const std::vector<Line>& lines);

 private:
  std::filesystem::path dir_;
  std::unique_ptr<SqliteBook> store_;
};

}  // namespace comptoir::test
