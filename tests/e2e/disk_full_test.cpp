// End to end: a write that runs out of space. The real `comptoir` runs with
// a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored: a write past it fails
// with EFBIG as one to a full disk fails with ENOSPC), so SQLite's write of
// the book, or of its journal, fails half-way. The command fails with a
// message that says so and names the book, the book is exactly as before,
// `verify` passes and the same command without the limit then works.
#include "e2e/generated_support.hpp"
#include "e2e/process_support.hpp"

namespace comptoir::e2e {
namespace {

namespace fs = std::filesystem;

class DiskFull : public E2eTest {
 protected:
  void SetUp() override {
    E2eTest::SetUp();
    write_file(dir_ / "sales.txt", sales_fec(3000));
  }

  // Runs `args` on books.db under `limit` bytes per file: it must fail
  // saying the book could not be written, and leave the book as it was.
  void expect_refused_and_unchanged(const std::vector<std::string>& args, std::uint64_t limit) {
    const auto before = snapshot();
    std::vector<std::string> full{"--db", db_.string()};
    full.insert(full.end(), args.begin(), args.end());
    const auto r = run_child(dir_, full, {.file_size_limit = limit});
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_TRUE(contains(r.err, "could not write the book " + db_.string() + " (")) << r.err;
    EXPECT_TRUE(contains(r.err, "an input/output error: disk I/O error")) << r.err;  // EFBIG is not ENOSPC
    EXPECT_TRUE(contains(r.err, "this command's changes were undone and the book is as it was before it")) << r.err;
    // The next command (an auditor's verify) finds it whole and unchanged.
    const auto verify = comptoir({"--read-only", "verify"});
    EXPECT_EQ(verify.exit_code, 0) << verify.out << verify.err;
    EXPECT_TRUE(contains(verify.out, "chain intact")) << verify.out;
    EXPECT_FALSE(fs::exists(db_.string() + "-journal"));
    EXPECT_THAT(snapshot(), SameBookAs(before));
    // And with room, the same command works.
    const auto again = comptoir(args);
    EXPECT_EQ(again.exit_code, 0) << again.err;
  }
};

// The book's file may not grow: the import's new pages cannot be written.
TEST_F(DiskFull, AnImportThatRunsOutOfSpaceLeavesTheBookAsBefore) {
  expect_refused_and_unchanged({"import", "fec", "sales.txt", "--entity", "AT"}, fs::file_size(db_) + 64 * 1024);
}

// Less room than the rollback journal needs (an import leaves WAL for one):
// the journal's third page cannot be written, before any page of the book.
TEST_F(DiskFull, AnImportWhoseJournalCannotBeWrittenLeavesTheBookAsBefore) {
  ASSERT_GT(fs::file_size(db_), 64 * 1024);
  expect_refused_and_unchanged({"import", "fec", "sales.txt", "--entity", "AT"}, 48 * 1024);
}

// A small write in WAL mode whose log cannot grow.
TEST_F(DiskFull, APostWhoseLogCannotBeWrittenLeavesTheBookAsBefore) {
  expect_refused_and_unchanged({"post", "--entity", "RES", "--journal", "BQ", "--date", "2025-03-01", "--label", "Don",
                                "--debit", "512000=10.00", "--credit", "754100=10.00", "--validate"},
                               40 * 1024);
}

}  // namespace
}  // namespace comptoir::e2e
