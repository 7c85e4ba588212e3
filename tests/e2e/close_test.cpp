// End to end: closing 2025 on a copy of the demo books with the real binary.
// The dry run writes nothing; warnings refuse a close until accepted; a
// draft refuses it whatever; the close locks 2025 for ever (CLI and raw SQL),
// opens 2026 with the à-nouveaux first; closing again exits 4; the result is
// allocated once; a kill at any moment leaves either the book as it was or
// the close done, never half of it.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "e2e/e2e_support.hpp"

extern char** environ;

namespace comptoir::e2e {
namespace {

using CloseDemo = DemoBookTest;

const std::vector<std::string> close_at{"--today", "2026-02-15", "close", "--entity", "AT", "--year", "2025"};

std::vector<std::string> with(std::vector<std::string> args, std::initializer_list<std::string> more) {
  args.insert(args.end(), more);
  return args;
}

TEST_F(CloseDemo, TheDryRunShowsChecksAndEntriesAndWritesNothing) {
  const auto before = snapshot();
  auto r = comptoir(with(close_at, {"--dry-run"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("close_dry_run_at_2025.txt", r.out);
  EXPECT_LE(widest_line(r.out), 80U);
  r = comptoir(with(close_at, {"--dry-run", "--format", "csv"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "warning,vat-unsettled,2025-10,")) << r.out;
  EXPECT_TRUE(contains(r.out, "AN-2026,2026-01-01,AN,129000,")) << r.out;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(CloseDemo, WarningsRefuseUntilAccepted) {
  const auto before = snapshot();
  auto r = comptoir(close_at);
  EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
  EXPECT_TRUE(contains(r.err, "--accept-warnings")) << r.err;
  EXPECT_TRUE(contains(r.out, "TVA non liquidée")) << r.out;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(CloseDemo, ADraftRefusesTheCloseAndIsNamed) {
  ASSERT_EQ(comptoir({"post", "--entity", "AT", "--journal", "OD", "--date", "2025-12-20", "--ref", "OUBLI", "--label",
                      "Facture oubliée", "--debit", "606300=10", "--credit", "401000=10"})
                .exit_code,
            0);
  const auto before = snapshot();
  const auto r = comptoir(with(close_at, {"--accept-warnings"}));
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.out, "Facture oubliée")) << r.out;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(CloseDemo, ClosesLocksOpensTheNextYearAndAllocatesOnce) {
  auto r = comptoir(with(close_at, {"--accept-warnings"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Closed AT 2025")) << r.out;
  EXPECT_EQ(comptoir({"verify"}).exit_code, 0);
  // The à-nouveaux are the first entry of 2026.
  r = comptoir({"journal", "--entity", "AT", "--year", "2026", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "\nAT-2026-000001,2026-01-01,AN,AN-2026,")) << r.out;
  // Locked for ever: a posting, a raw SQL insert, a second close.
  r = comptoir({"post", "--entity", "AT", "--journal", "OD", "--date", "2025-12-31", "--ref", "X", "--label", "x",
                "--debit", "606300=1", "--credit", "401000=1"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_FALSE(exec_sql(db_,
                        "INSERT INTO txn (entity, journal, date, piece_ref, piece_date, label, status) "
                        "VALUES ('AT', 'OD', '2025-12-31', 'X', '2025-12-31', 'x', 'draft')")
                   .empty());
  EXPECT_EQ(comptoir(with(close_at, {"--accept-warnings"})).exit_code, 4);
  // What links to the year's entries is locked in SQL too (schema version 9).
  const std::string a_posting = "(SELECT id FROM posting WHERE entity = 'AT' AND date = '2025-06-30' LIMIT 1)";
  for (const std::string& sql :
       {"INSERT INTO posting_tag (posting_id, key, value) VALUES (" + a_posting + ", 'audit', 'x')",
        "INSERT INTO lettering (posting_id, code, date) VALUES (" + a_posting + ", 'AA', '2026-01-05')",
        std::string(
            "INSERT INTO grant_tranche (grant_code, kind, date, amount_cents, txn_id, piece) SELECT code, 'call', ") +
            "'2025-11-30', 100, 999999, 'X' FROM grant_agreement WHERE entity = 'AT' LIMIT 1",
        std::string(
            "INSERT INTO fixed_asset (code, entity, label, account, in_service_date, cost_cents, life_years, ") +
            "residual_cents) VALUES ('LATE', 'AT', 'x', '218300', '2025-12-01', 100000, 3, 0)"}) {
    EXPECT_TRUE(contains(exec_sql(db_, sql), "closed fiscal year")) << sql;
  }
  // The deficit (after the trailer's depreciation and the dedicated funds) is
  // allocated once, in full.
  const std::vector<std::string> allocate{"result", "allocate", "--entity", "AT",
                                          "--year", "2025",     "--date",   "2026-06-20"};
  EXPECT_EQ(comptoir(with(allocate, {"--to", "119000=1000"})).exit_code, 3);
  r = comptoir(with(allocate, {"--to", "119000=51600"}));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(comptoir(with(allocate, {"--to", "119000=51600"})).exit_code, 4);
  EXPECT_EQ(comptoir({"verify"}).exit_code, 0);
}

TEST_F(CloseDemo, AfterTheCloseTheAnnexesTieToTheBooks) {
  // Before: the dedicated funds and the year's depreciation are not posted.
  auto r = comptoir({"--format", "csv", "report", "dedicated-funds", "--entity", "AT", "--year", "2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "df.note.books_differ")) << r.out;
  ASSERT_EQ(comptoir(with(close_at, {"--accept-warnings"})).exit_code, 0);
  // After: the 19x balance is the table's closing, 28x the depreciation's.
  r = comptoir({"--format", "csv", "report", "dedicated-funds", "--entity", "AT", "--year", "2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "total,,Total 194000,0.00,60000.00,0.00,60000.00")) << r.out;
  EXPECT_FALSE(contains(r.out, "note")) << r.out;
  r = comptoir({"--format", "csv", "balance", "--entity", "AT", "--year", "2025", "--account", "194"});
  EXPECT_TRUE(contains(r.out, ",0.00,60000.00,-60000.00")) << r.out;
  r = comptoir({"--format", "csv", "report", "fixed-assets", "--entity", "AT", "--year", "2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // 904,92 of 2024 and 3 600,00 of 2025 (18 000,00 over 5 years).
  EXPECT_TRUE(
      contains(r.out, "depreciation,line,281800,Autres immobilisations corporelles,904.92,3600.00,0.00,4504.92"))
      << r.out;
  EXPECT_FALSE(contains(r.out, "note")) << r.out;
  // The next year opens with those balances.
  r = comptoir({"--format", "csv", "report", "trial-balance", "--entity", "AT", "--year", "2026"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "281800,")) << r.out;
}

// Starts the close, kills it after `delay`, returns once it is gone.
void kill_close_after(const std::filesystem::path& dir, std::chrono::microseconds delay) {
  std::vector<std::string> args{COMPTOIR_BINARY, "--db", (dir / "books.db").string()};
  args.insert(args.end(), close_at.begin(), close_at.end());
  args.emplace_back("--accept-warnings");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  std::this_thread::sleep_for(delay);
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
}

TEST_F(CloseDemo, AKillAtAnyMomentLeavesTheBookBeforeOrAfterNeverHalfway) {
  const auto before = snapshot();
  for (int delay_ms : {5, 15, 30, 45, 60, 80}) {
    for (const char* suffix : {"-wal", "-shm", "-journal"}) std::filesystem::remove(db_.string() + suffix);
    test::copy_demo_book(db_);
    kill_close_after(dir_, std::chrono::milliseconds(delay_ms));
    EXPECT_EQ(comptoir({"verify"}).exit_code, 0) << "killed after " << delay_ms << " ms";
    const std::string closed = query_one(db_, "SELECT status FROM fiscal_year WHERE entity = 'AT' AND year = 2025");
    if (closed == "open") {
      EXPECT_THAT(snapshot(), SameBookAs(before)) << "killed after " << delay_ms << " ms";
    } else {
      EXPECT_EQ(query_one(db_,
                          "SELECT count(*) FROM txn WHERE entity = 'AT' AND journal = 'AN' AND date = "
                          "'2026-01-01' AND status = 'validated'"),
                "1");
    }
  }
}

}  // namespace
}  // namespace comptoir::e2e
