// Everything a SQLite book file holds, read from the file itself (not
// through comptoir): PRAGMA user_version and application_id, the schema
// (tables, indexes, triggers, views) and the rows of every table, each value
// with its type, in rowid (or primary-key) order. "The book is unchanged"
// means equal snapshots: a refused command that slipped a row into a domain
// table (grants, prestations, till days, FEC import records...) is caught.
#pragma once

#include <gmock/gmock.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace comptoir::test {

struct BookSnapshot {
  std::int64_t user_version = 0;
  std::int64_t application_id = 0;
  std::vector<std::string> schema;                       // "type name on tbl_name: sql", sorted
  std::map<std::string, std::vector<std::string>> rows;  // table -> its rows, one line each

  bool operator==(const BookSnapshot&) const = default;
};

// Reads the book at `path` (read-only; never creates it). Throws
// std::runtime_error when the file is missing, not SQLite, or has no table:
// a snapshot of nothing could not tell a change.
BookSnapshot snapshot_book(const std::filesystem::path& path);

// What first differs between two snapshots, in words ("" when equal).
std::string first_difference(const BookSnapshot& actual, const BookSnapshot& expected);

// Tables and row counts (what gtest prints for a snapshot).
void PrintTo(const BookSnapshot& snapshot, std::ostream* out);

// EXPECT_THAT(snapshot(), SameBookAs(before)): on a mismatch, says which
// table and row changed.
MATCHER_P(SameBookAs, expected, "is the same book, every table byte for byte") {
  const std::string difference = first_difference(arg, expected);
  *result_listener << difference;
  return difference.empty();
}

}  // namespace comptoir::test
