// Helpers for end-to-end tests: run the real `comptoir` binary on real
// SQLite files in a fresh temporary directory, and inspect the files.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

namespace comptoir::e2e {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `comptoir <args>` (arguments shell-quoted) in `dir`.
RunResult run(const std::filesystem::path& dir, const std::vector<std::string>& args);

// The bytes of a file, or "" if missing.
std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& text);

// Executes SQL on a book file directly (what a tamperer would do). Returns
// the sqlite3 error message, or "" on success.
std::string exec_sql(const std::filesystem::path& db, const std::string& sql);
// First column of the first row of a query, as text.
std::string query_one(const std::filesystem::path& db, const std::string& sql);

// A fixture with a fresh temp dir and a book `books.db` made by `init`.
class E2eTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  // Runs comptoir with --db books.db prepended.
  RunResult comptoir(const std::vector<std::string>& args);
  // The trial balance of the whole book as CSV (for unchanged-book checks).
  std::string snapshot();

  std::filesystem::path dir_;
  std::filesystem::path db_;
};

// One demo book (`comptoir demo`) shared by every test of a suite: the demo
// takes a while to post. Use as `class MySuite : public DemoBookSuite<MySuite> {};`.
template <typename Suite>
class DemoBookSuite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string suite = ::testing::UnitTest::GetInstance()->current_test_suite()->name();
    dir_ = std::filesystem::temp_directory_path() / ("comptoir-e2e-" + suite + "-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    demo_ = dir_ / "demo.db";
    const auto r = run(dir_, {"--db", demo_.string(), "demo"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(dir_); }

  // Runs comptoir with --db demo.db prepended.
  static RunResult comptoir(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", demo_.string()});
    return run(dir_, args);
  }

  inline static std::filesystem::path dir_;
  inline static std::filesystem::path demo_;
};

}  // namespace comptoir::e2e

namespace comptoir::e2e {

// Compares `actual` with tests/golden/<name>; with COMPTOIR_UPDATE_GOLDEN=1
// in the environment, rewrites the golden file instead (review the diff).
void expect_golden(const std::string& name, const std::string& actual);

}  // namespace comptoir::e2e
