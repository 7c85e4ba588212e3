// End to end: the real `comptoir` killed with SIGKILL at random moments
// (a fixed seed) in a large FEC import, a bulk `post --file`, a Z-report
// import, a `vat settle`, a `grant call` and a year close. After each kill
// `verify` passes, the book is exactly as before the command or exactly as
// after it, and the next command works (no stale lock, no journal left
// that breaks it). COMPTOIR_KILL_ROUNDS sets the kills per command (3 in
// `make test`; `make killtest` runs 20 of each).
#include <chrono>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <random>
#include <thread>

#include "e2e/generated_support.hpp"
#include "e2e/process_support.hpp"

namespace comptoir::e2e {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int kill_rounds() {
  const char* rounds = std::getenv("COMPTOIR_KILL_ROUNDS");
  return rounds != nullptr ? std::max(1, std::atoi(rounds)) : 3;
}

void remove_book(const fs::path& db) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db.string() + suffix);
}

// How the kills of one command landed.
struct Tally {
  int finished = 0;                  // the command ended before the kill
  int before = 0;                    // killed, the book as before the command
  int rolled_back = 0;               // of those, with a hot journal left, rolled back by verify
  int cold_journal = 0;              // of those, with a journal not hot yet (the book untouched)
  int after = 0;                     // killed after its commit, the book as after it
  int after_switch_rolled_back = 0;  // of those, killed going back to WAL
  double run_seconds = 0;            // one uninterrupted run
};

class KillTest : public E2eTest {
 protected:
  // Prepares base.db with `prepare` (which gets its path), then kills
  // `args` (run on a copy of it) kill_rounds() times.
  Tally kill_repeatedly(const std::string& what, const std::function<void(const fs::path&)>& prepare,
                        const std::vector<std::string>& args, unsigned seed) {
    const fs::path base = dir_ / "base.db";
    prepare(base);
    const auto before = test::snapshot_book(base);
    const fs::path work = dir_ / "work.db";
    auto on_work = [&](std::vector<std::string> a) {
      a.insert(a.begin(), {"--db", work.string()});
      return a;
    };
    // One run to its end: the book "after", and how long a run takes.
    Tally tally;
    copy_book(base, work);
    auto start = Clock::now();
    auto full = run_child(dir_, on_work(args));
    tally.run_seconds = std::chrono::duration<double>(Clock::now() - start).count();
    EXPECT_EQ(full.exit_code, 0) << what << ": " << full.err;
    const auto after = test::snapshot_book(work);
    EXPECT_NE(test::first_difference(after, before), "") << what << " changed nothing";

    std::mt19937 random(seed);
    const auto span = std::chrono::microseconds(static_cast<long>(tally.run_seconds * 1.5e6));
    std::uniform_int_distribution<long> delay(0, span.count());
    for (int round = 0; round < kill_rounds(); ++round) {
      SCOPED_TRACE(what + ", kill " + std::to_string(round + 1));
      copy_book(base, work);
      Child child(dir_, "killed", on_work(args));
      std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
      child.kill();
      const auto killed = child.wait();
      const bool journal_left = fs::exists(work.string() + "-journal") && fs::file_size(work.string() + "-journal") > 0;
      // The first command after the kill, an auditor's verify. A journal
      // whose header was not yet synced is not hot (the book's file was not
      // written yet): it stays, harmless, until the next write.
      const auto verify = run_child(dir_, on_work({"--read-only", "verify"}));
      EXPECT_EQ(verify.exit_code, 0) << verify.out << verify.err;
      EXPECT_TRUE(contains(verify.out, "chain intact")) << verify.out;
      const bool rolled_back = contains(verify.err, "held a write that was interrupted");
      EXPECT_TRUE(journal_left || !rolled_back);
      if (rolled_back) {
        EXPECT_FALSE(fs::exists(work.string() + "-journal"));
      }
      const auto now = test::snapshot_book(work);
      if (!child.killed()) {
        ++tally.finished;
        EXPECT_EQ(killed.exit_code, 0) << killed.err;
        EXPECT_THAT(now, test::SameBookAs(after));
        continue;
      }
      if (test::first_difference(now, before).empty()) {
        ++tally.before;
        if (rolled_back) ++tally.rolled_back;
        if (journal_left && !rolled_back) ++tally.cold_journal;
        // The command again, to its end: as if the killed one never ran.
        const auto again = run_child(dir_, on_work(args));
        EXPECT_EQ(again.exit_code, 0) << again.err;
        EXPECT_THAT(test::snapshot_book(work), test::SameBookAs(after));
      } else {
        ++tally.after;
        EXPECT_THAT(now, test::SameBookAs(after)) << "neither as before nor as after";
        // A bulk write killed after its commit, while switching the book
        // back to WAL (a write of the file's header): verify rolls that
        // switch back, the entries stay.
        if (rolled_back) ++tally.after_switch_rolled_back;
        // A next write (the lock and the journal are free).
        const auto next = run_child(dir_, on_work({"account", "add", "--entity", "RES", "471900", "Attente"}));
        EXPECT_EQ(next.exit_code, 0) << next.err;
      }
      EXPECT_FALSE(fs::exists(work.string() + "-journal")) << "a journal outlived the next write";
    }
    std::cout << "kill " << what << ": " << kill_rounds() << " kills in runs of " << tally.run_seconds
              << " s; finished before the kill " << tally.finished << ", book as before " << tally.before
              << " (a hot journal rolled back " << tally.rolled_back << ", a journal not hot yet " << tally.cold_journal
              << "), book as after " << tally.after << " (killed going back to WAL " << tally.after_switch_rolled_back
              << ")"
              << "\n";
    RecordProperty("before", tally.before);
    RecordProperty("after", tally.after);
    RecordProperty("finished", tally.finished);
    return tally;
  }

  static void copy_book(const fs::path& from, const fs::path& to) {
    remove_book(to);
    fs::copy_file(from, to);
  }

  // comptoir on `db`, which must succeed (preparing a base book).
  void must(const fs::path& db, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db.string()});
    const auto r = run(dir_, args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  void init(const fs::path& db) {
    remove_book(db);
    must(db, {"init", "--year", "2025"});
  }

  void demo(const fs::path& db) {
    remove_book(db);
    test::copy_demo_book(db);
  }
};

TEST_F(KillTest, ALargeFecImport) {
  write_file(dir_ / "large-fec.txt", sales_fec(20000));
  const auto t = kill_repeatedly(
      "import fec (20,000 entries)", [&](const fs::path& db) { init(db); },
      {"--today", "2026-01-15", "import", "fec", (dir_ / "large-fec.txt").string(), "--entity", "AT"}, 1001);
  EXPECT_EQ(t.finished + t.before + t.after, kill_rounds());
}

TEST_F(KillTest, ABulkPostFile) {
  std::string csv = "txn,entity,journal,date,piece_ref,label,account,debit,credit\n";
  for (int i = 1; i <= 5000; ++i) {
    const std::string n = std::to_string(i);
    const std::string date = "2025-05-" + std::string(i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1);
    csv += n + ",RES,BQ," + date + ",C-" + n + ",Cotisation," + "512000," + std::to_string(i % 500 + 1) + ".00,\n";
    csv += n + ",RES,BQ," + date + ",C-" + n + ",Cotisation," + "756000,," + std::to_string(i % 500 + 1) + ".00\n";
  }
  write_file(dir_ / "bulk.csv", csv);
  kill_repeatedly(
      "post --file (5,000 entries)", [&](const fs::path& db) { init(db); },
      {"--today", "2025-12-31", "post", "--file", (dir_ / "bulk.csv").string(), "--validate"}, 1002);
}

TEST_F(KillTest, AZReportImport) {
  std::string csv = "date,tour,total_ttc,ttc_20,ttc_10,ttc_5_5,cash,card,z_number\n";
  for (int day = 1; day <= 20; ++day) {
    const std::string d = std::string(day < 10 ? "0" : "") + std::to_string(day);
    csv += "2025-07-" + d + ",grand-est,185.55,120.00,55.00,10.55,85.55,100.00,Z" + d + "\n";
  }
  write_file(dir_ / "z.csv", csv);
  kill_repeatedly(
      "guinguette import (20 days)",
      [&](const fs::path& db) {
        init(db);
        for (int day = 1; day <= 20; ++day) {
          const std::string d = std::string(day < 10 ? "0" : "") + std::to_string(day);
          must(db,
               {"guinguette", "event", "add", "--date", "2025-07-" + d, "--tour", "grand-est", "--commune", "Villers"});
        }
      },
      {"--today", "2025-07-31", "guinguette", "import", (dir_ / "z.csv").string()}, 1003);
}

TEST_F(KillTest, AVatSettlement) {
  kill_repeatedly(
      "vat settle", [&](const fs::path& db) { demo(db); },
      {"--today", "2026-01-15", "vat", "settle", "--period", "2025-Q4"}, 1004);
}

TEST_F(KillTest, AGrantCall) {
  kill_repeatedly(
      "grant call",
      [&](const fs::path& db) {
        demo(db);
        must(db, {"grant", "add", "KILL-2025", "--entity", "AT", "--funder", "F-KILL", "--funder-name", "Fondation",
                  "--amount", "30000", "--from", "2025-01-01", "--to", "2025-12-31", "--income-account", "741200"});
      },
      {"--today", "2025-12-31", "grant", "call", "KILL-2025", "--date", "2025-02-01", "--amount", "18000"}, 1005);
}

TEST_F(KillTest, AYearClose) {
  kill_repeatedly(
      "close", [&](const fs::path& db) { demo(db); },
      {"--today", "2026-03-15", "close", "--entity", "AT", "--year", "2025", "--accept-warnings"}, 1006);
}

}  // namespace
}  // namespace comptoir::e2e
