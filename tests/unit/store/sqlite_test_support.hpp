// Shared helpers of the SQLite store tests (the temporary directory is
// support/temp_dir.hpp): an initialised book, transactions in a line, and plain SQL on the file
// through a second connection (to attempt what the store never does).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/book.hpp"
#include "store/sqlite_book.hpp"
#include "support/temp_dir.hpp"

namespace comptoir::test {

// A new book at `path` after Book::initialise(2025): entities AT and RES
// with the embedded chart, journals and fiscal year 2025.
std::unique_ptr<SqliteBook> initialised_book(const std::string& path);

Posting debit(const std::string& account, std::int64_t cents, Tags tags = {});
Posting credit(const std::string& account, std::int64_t cents, Tags tags = {});
Transaction transaction(const std::string& entity, const std::string& journal, Date date, const std::string& piece,
                        std::vector<Posting> postings);
Date day(int year, unsigned month, unsigned d);

// The outcome of plain SQL run through a separate sqlite3 connection.
struct SqlOutcome {
  int code = 0;  // extended SQLite result code, 0 = SQLITE_OK
  std::string message;
};
// Runs `sql` on the file at `path`.
SqlOutcome run_sql(const std::string& path, const std::string& sql);
// Runs `sql` with the running-total guard open, as the store does when it
// flushes its totals (to tamper with them).
SqlOutcome run_sql_as_store(const std::string& path, const std::string& sql);
// The first column of the first row of `sql`, as an integer.
std::int64_t query_int(const std::string& path, const std::string& sql);

}  // namespace comptoir::test
