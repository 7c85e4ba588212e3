// See e2e_support.hpp.
#include "e2e/e2e_support.hpp"

#include <sqlite3.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "support/golden_file.hpp"

namespace comptoir::e2e {
namespace {

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

}  // namespace

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

RunResult run(const std::filesystem::path& dir, const std::vector<std::string>& args) {
  return run_program(COMPTOIR_BINARY, dir, args);
}

RunResult run_program(const std::filesystem::path& program, const std::filesystem::path& dir,
                      const std::vector<std::string>& args) {
  if (!std::filesystem::is_regular_file(program)) {
    ADD_FAILURE() << "comptoir did not run: no binary at " << program.string();
    return {};
  }
  std::string cmd = "cd " + quote(dir.string()) + " && " + quote(program.string());
  for (const auto& a : args) cmd += " " + quote(a);
  cmd += " >out.txt 2>err.txt";
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  // comptoir exits 0 to 5; the shell says 126/127 when it cannot run it and
  // 128+N when a signal killed it.
  EXPECT_TRUE(r.exit_code >= 0 && r.exit_code < 126)
      << "comptoir did not run or was killed (status " << r.exit_code << "): " << cmd;
  r.out = read_file(dir / "out.txt");
  r.err = read_file(dir / "err.txt");
  return r;
}

std::string exec_sql(const std::filesystem::path& db, const std::string& sql) {
  sqlite3* handle = nullptr;
  std::string error;
  if (sqlite3_open(db.c_str(), &handle) != SQLITE_OK) {
    error = sqlite3_errmsg(handle);
  } else {
    char* message = nullptr;
    if (sqlite3_exec(handle, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      error = message != nullptr ? message : "error";
      sqlite3_free(message);
    }
  }
  sqlite3_close(handle);
  return error;
}

std::string query_one(const std::filesystem::path& db, const std::string& sql) {
  sqlite3* handle = nullptr;
  std::string result;
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(stmt, 0);
      if (text != nullptr) result = reinterpret_cast<const char*>(text);
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(handle);
  return result;
}

void E2eTest::SetUp() {
  auto r = run(dir_, {"--db", db_.string(), "init", "--year", "2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
}

RunResult E2eTest::comptoir(const std::vector<std::string>& args) {
  std::vector<std::string> full{"--db", db_.string()};
  full.insert(full.end(), args.begin(), args.end());
  return run(dir_, full);
}

std::string E2eTest::output(const std::vector<std::string>& args) {
  const auto r = comptoir(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

BookSnapshot E2eTest::snapshot() const {
  return test::snapshot_book(db_);
}

RunResult DemoBookSuite::comptoir(std::vector<std::string> args) const {
  args.insert(args.begin(), {"--db", test::shared_demo_book().string(), "--read-only"});
  return run(dir_, args);
}

}  // namespace comptoir::e2e

namespace comptoir::e2e {

void expect_golden(const std::string& name, const std::string& actual) {
  test::expect_golden_file(std::filesystem::path(COMPTOIR_GOLDEN_DIR) / name, actual);
}

void CommuneAFeasibility::SetUp() {
  E2eTest::SetUp();
  auto r = comptoir(
      {"commune", "add", "COM-A", "Commune A", "--flag", "villages-d-avenir", "--flag", "fonds-commerce-rural"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir(
      {"prestation", "add", "--commune", "COM-A", "--type", "feasibility", "--price", "12000", "--date", "2025-10-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
}

std::size_t widest_line(const std::string& text) {
  std::size_t widest = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::size_t width = 0;
    for (char c : line) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    widest = std::max(widest, width);
  }
  return widest;
}

std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
      out.back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

}  // namespace comptoir::e2e
