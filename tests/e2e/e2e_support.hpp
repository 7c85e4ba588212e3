// Helpers for end-to-end tests: run the real `comptoir` binary on real
// SQLite files in a fresh temporary directory, and inspect the files.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/book_snapshot.hpp"
#include "support/demo_book.hpp"
#include "support/temp_dir.hpp"

namespace comptoir::e2e {

using test::BookSnapshot;
using test::SameBookAs;

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `comptoir <args>` (arguments shell-quoted) in `dir`. Fails the test
// when the binary did not run (missing, not executable, killed): a test
// expecting a refusal must not pass because nothing ran.
RunResult run(const std::filesystem::path& dir, const std::vector<std::string>& args);
// The same with another program in place of comptoir (to test run itself).
RunResult run_program(const std::filesystem::path& program, const std::filesystem::path& dir,
                      const std::vector<std::string>& args);

// The bytes of a file, or "" if missing.
std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& text);

// Executes SQL on a book file directly (what a tamperer would do). Returns
// the sqlite3 error message, or "" on success.
std::string exec_sql(const std::filesystem::path& db, const std::string& sql);
// First column of the first row of a query, as text.
std::string query_one(const std::filesystem::path& db, const std::string& sql);

// The fields of one CSV line (quoted fields may hold commas and doubled
// quotes).
[[nodiscard]] std::vector<std::string> csv_fields(const std::string& line);

// Whether `text` holds `part` (outputs and messages checked by substring).
[[nodiscard]] inline bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A fixture with a fresh temp dir (kept if the test fails) and a book
// `books.db` made by `init`.
class E2eTest : public ::testing::Test {
 protected:
  void SetUp() override;
  // Runs comptoir with --db books.db prepended.
  RunResult comptoir(const std::vector<std::string>& args);
  // The stdout of a command that must succeed (fails the test otherwise),
  // for outputs compared before and after a refused command.
  std::string output(const std::vector<std::string>& args);
  // Every table of books.db read from the file (support/book_snapshot.hpp):
  // EXPECT_THAT(snapshot(), SameBookAs(before)) after a refused command.
  BookSnapshot snapshot() const;

  test::TempDir tmp_;
  std::filesystem::path dir_ = tmp_.path();
  std::filesystem::path db_ = dir_ / "books.db";
};

// The demo books shared by every test that only reads them (built once per
// build, support/demo_book.hpp): commands run with --read-only, so one that
// writes exits 4, and each test checks the shared file did not change.
class DemoBookSuite : public ::testing::Test {
 protected:
  void TearDown() override { test::expect_shared_demo_book_untouched(); }
  // Runs comptoir in dir_ with --db <shared demo books> --read-only prepended.
  RunResult comptoir(std::vector<std::string> args) const;

  test::TempDir tmp_;
  std::filesystem::path dir_ = tmp_.path();
};

// The co-financing example of the README: commune COM-A, flagged for both
// funders, and its 12,000.00 HT feasibility study of 2025-10-01 (prestation
// 1), split F-BDT 6,000.00, F-FCR 5,000.00, COM-A 1,000.00.
class CommuneAFeasibility : public E2eTest {
 protected:
  void SetUp() override;
};

// A test's own copy of the demo books as books.db, for tests that write.
class DemoBookTest : public E2eTest {
 protected:
  void SetUp() override { test::copy_demo_book(db_); }
};

}  // namespace comptoir::e2e

namespace comptoir::e2e {

// The widest line of `text` in display columns (UTF-8 code points).
[[nodiscard]] std::size_t widest_line(const std::string& text);

// Compares `actual` with tests/golden/<name> (support/golden_file.hpp:
// COMPTOIR_UPDATE_GOLDEN=1 rewrites it, refused when CI is set).
void expect_golden(const std::string& name, const std::string& actual);

}  // namespace comptoir::e2e
