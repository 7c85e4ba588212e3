// End to end: what every command says of a file that is not a book (exit
// 3), of a damaged book (truncated, a page overwritten: exit 5), and of a
// book left with a hot journal by a writer killed in the middle of a
// transaction: a read-only command rolls it back and says so, or, when it
// may not write the file, exits 6 saying what happened and what to run.
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

namespace fs = std::filesystem;

// A writer killed in the middle of a rollback-journal transaction (as a bulk
// import is): the child process writes without committing and exits at
// once, leaving `db`-journal behind.
void kill_a_writer(const fs::path& db) {
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    sqlite3* handle = nullptr;
    if (sqlite3_open(db.c_str(), &handle) != SQLITE_OK) _exit(1);
    sqlite3_exec(handle,
                 "PRAGMA journal_mode = DELETE; BEGIN IMMEDIATE; CREATE TABLE junk(x); "
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                 "INSERT INTO junk SELECT randomblob(500) FROM n;",
                 nullptr, nullptr, nullptr);
    _exit(0);  // no commit, no close: the journal stays hot
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  ASSERT_TRUE(fs::exists(db.string() + "-journal")) << "the killed writer left no journal";
}

class DamagedBook : public E2eTest {
 protected:
  void SetUp() override {
    E2eTest::SetUp();
    ASSERT_EQ(
        comptoir({"post", "--entity", "RES", "--journal", "BQ", "--date", "2025-03-01", "--ref", "COT-1", "--label",
                  "Cotisations", "--debit", "512000=300.00", "--credit", "756000=300.00", "--validate"})
            .exit_code,
        0);
  }

  RunResult on(const fs::path& file, const std::vector<std::string>& args) {
    std::vector<std::string> all{"--db", file.string()};
    all.insert(all.end(), args.begin(), args.end());
    return run(dir_, all);
  }
};

TEST_F(DamagedBook, AFileThatIsNotABookExits3) {
  write_file(dir_ / "notes.db", "hello, this is not a database\n");
  auto r = on(dir_ / "notes.db", {"verify"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "notes.db is not a Comptoir book (not an SQLite database)")) << r.err;
  ASSERT_EQ(exec_sql(dir_ / "other.db", "CREATE TABLE t(x)"), "");
  r = on(dir_ / "other.db", {"balance"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "an SQLite database of another program")) << r.err;
  r = on(dir_ / "other.db", {"post", "--entity", "RES", "--journal", "BQ", "--date", "2025-03-01", "--label", "x",
                             "--debit", "512000=1.00", "--credit", "756000=1.00"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
}

TEST_F(DamagedBook, ATruncatedBookExits5OnEveryCommand) {
  fs::resize_file(db_, fs::file_size(db_) / 2);
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"verify"}, {"balance", "--entity", "RES", "--year", "2025"}, {"--read-only", "journal"}}) {
    const auto r = comptoir(args);
    EXPECT_EQ(r.exit_code, 5) << args[0] << ": " << r.err;
    EXPECT_TRUE(contains(r.err, "books.db is damaged (database disk image is malformed")) << r.err;
    EXPECT_TRUE(contains(r.err, "restore it from a backup")) << r.err;
  }
}

// Every page after the first overwritten with garbage: whichever page a
// command reads first, it says the book is damaged; `verify`, which asks
// SQLite to check every page, always does.
TEST_F(DamagedBook, AnOverwrittenPageIsReportedByVerify) {
  const auto size = fs::file_size(db_);
  const std::uintmax_t page = 16384;
  ASSERT_GT(size, 4 * page);
  {
    std::fstream file(db_, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(static_cast<std::streamoff>(size - page + 200));
    const std::string garbage(1000, '\x5a');
    file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
  }
  const auto r = comptoir({"verify"});
  EXPECT_EQ(r.exit_code, 5) << r.out << r.err;
  EXPECT_TRUE(contains(r.err, "damaged") || contains(r.out, "file: DAMAGED")) << r.out << r.err;
}

TEST_F(DamagedBook, VerifySaysTheFileIsSound) {
  const auto r = comptoir({"verify"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "file: sound\n")) << r.out;
}

// The auditor's first command after a crash: a read-only verify rolls the
// interrupted write back (the book is as before it), says so, and passes.
TEST_F(DamagedBook, AReadOnlyCommandRollsBackAnInterruptedWrite) {
  const std::string balance = output({"balance", "--format", "csv"});
  kill_a_writer(db_);
  auto r = comptoir({"--read-only", "verify"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "held a write that was interrupted")) << r.err;
  EXPECT_TRUE(contains(r.out, "chain intact")) << r.out;
  EXPECT_FALSE(fs::exists(db_.string() + "-journal"));
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM sqlite_schema WHERE name = 'junk'"), "0");
  EXPECT_EQ(output({"balance", "--format", "csv"}), balance);
  r = comptoir({"post", "--entity", "RES", "--journal", "BQ", "--date", "2025-03-02", "--label", "Don", "--debit",
                "512000=10.00", "--credit", "754100=10.00", "--validate"});
  EXPECT_EQ(r.exit_code, 0) << r.err;  // and the next write works
}

// When the reader may not write the book (an auditor's account, a read-only
// copy), it cannot roll back: exit 6, what happened and what to run, and
// the file untouched. As root (CI), the command runs as `nobody`.
TEST_F(DamagedBook, AReaderThatMayNotWriteExits6AndSaysWhatToRun) {
  kill_a_writer(db_);
  const std::string before = read_file(db_);
  fs::permissions(dir_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read |
                            fs::perms::others_exec);
  fs::permissions(db_, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  fs::permissions(db_.string() + "-journal", fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  RunResult r;
  if (geteuid() == 0) {
    ASSERT_TRUE(fs::exists("/usr/bin/setpriv")) << "setpriv (util-linux) runs the reader as nobody";
    r = run_program("/usr/bin/setpriv", dir_,
                    {"--reuid=nobody", "--regid=nogroup", "--clear-groups", COMPTOIR_BINARY, "--db", db_.string(),
                     "--read-only", "verify"});
  } else {
    r = comptoir({"--read-only", "verify"});
  }
  EXPECT_EQ(r.exit_code, 6) << r.out << r.err;
  EXPECT_TRUE(contains(r.err, "holds a write that was interrupted")) << r.err;
  EXPECT_TRUE(contains(r.err, "may not write the book or its folder")) << r.err;
  EXPECT_TRUE(contains(r.err, "Its last committed state is intact")) << r.err;
  EXPECT_TRUE(contains(r.err, "verify`, which rolls it back first")) << r.err;
  EXPECT_EQ(read_file(db_), before);
  EXPECT_TRUE(fs::exists(db_.string() + "-journal"));
}

}  // namespace
}  // namespace comptoir::e2e
