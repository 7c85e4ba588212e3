// End to end: several real `comptoir` processes on one book at once —
// posting with --validate, importing a posting file, posting drafts and
// validating them, with an auditor's `--read-only verify` alongside. Each
// command succeeds or exits 7 saying the book is busy; every successful
// post is in the book, no validated number is lost or repeated, and
// `verify` passes. And --wait against a lock the test holds itself.
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

#include "e2e/process_support.hpp"

namespace comptoir::e2e {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int exit_busy = 7;

// What one command of a worker was and how it ended.
struct Outcome {
  std::string worker;
  std::vector<std::string> args;
  RunResult result;
};

class Concurrency : public E2eTest {
 protected:
  // Runs `commands` one after another in a thread of its own, each a new
  // comptoir process on books.db, and records how each ended.
  std::thread worker(const std::string& name, std::vector<std::vector<std::string>> commands) {
    return std::thread([this, name, commands = std::move(commands)] {
      int n = 0;
      for (auto args : commands) {
        args.insert(args.begin(), {"--db", db_.string(), "--today", "2025-12-31"});
        Child child(dir_, name + "-" + std::to_string(n++), args);
        auto result = child.wait();
        const std::lock_guard lock(mutex_);
        outcomes_.push_back({name, args, std::move(result)});
      }
    });
  }

  // A posting file of `count` validated-to-be RES bank entries, refs F<k>-<i>.
  fs::path posting_file(int k, int count) {
    std::string csv = "txn,entity,journal,date,piece_ref,label,account,debit,credit\n";
    for (int i = 1; i <= count; ++i) {
      const std::string ref = "F" + std::to_string(k) + "-" + std::to_string(i);
      const std::string date = "2025-04-" + std::string(i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1);
      csv += std::to_string(i) + ",RES,BQ," + date + "," + ref + ",Cotisation " + ref + ",512000," + std::to_string(i) +
             ".00,\n";
      csv += std::to_string(i) + ",RES,BQ," + date + "," + ref + ",Cotisation " + ref + ",756000,," +
             std::to_string(i) + ".00\n";
    }
    const fs::path path = dir_ / ("file-" + std::to_string(k) + ".csv");
    write_file(path, csv);
    return path;
  }

  [[nodiscard]] int entries_with_ref_like(const std::string& pattern) const {
    return std::stoi(query_one(db_, "SELECT count(*) FROM txn WHERE piece_ref LIKE '" + pattern + "'"));
  }

  std::mutex mutex_;
  std::vector<Outcome> outcomes_;
};

std::vector<std::string> post(const std::string& entity, const std::string& ref, bool validate,
                              const std::string& wait = "") {
  std::vector<std::string> args;
  if (!wait.empty()) args = {"--wait", wait};
  if (entity == "RES") {
    args.insert(args.end(), {"post", "--entity", "RES", "--journal", "BQ", "--date", "2025-03-01", "--ref", ref,
                             "--label", "Don " + ref, "--debit", "512000=10.00", "--credit", "754100=10.00"});
  } else {
    args.insert(args.end(), {"post", "--entity", "AT", "--journal", "AC", "--date", "2025-02-03", "--ref", ref,
                             "--label", "Loyer " + ref, "--debit", "613200=100.00", "--credit", "401000=100.00"});
  }
  if (validate) args.push_back("--validate");
  return args;
}

TEST_F(Concurrency, WritersAndAReaderAtOnceLoseAndRepeatNothing) {
  // Posts with --validate, half of them not waiting at all (--wait 0), so
  // that some meet the lock and exit 7.
  std::vector<std::vector<std::string>> posts;
  for (int i = 1; i <= 12; ++i) posts.push_back(post("RES", "P-" + std::to_string(i), true, i % 2 == 0 ? "0" : ""));
  std::vector<std::vector<std::string>> files;
  for (int k = 1; k <= 3; ++k) files.push_back({"post", "--file", posting_file(k, 300).string(), "--validate"});
  std::vector<std::vector<std::string>> drafts;
  for (int i = 1; i <= 10; ++i) drafts.push_back(post("AT", "D-" + std::to_string(i), false));
  std::vector<std::vector<std::string>> validations(6, {"validate", "--all"});

  std::atomic<bool> writing{true};
  std::vector<RunResult> reads;
  std::thread reader([&] {
    int n = 0;
    do {
      Child child(dir_, "reader-" + std::to_string(n++), {"--db", db_.string(), "--read-only", "verify"});
      reads.push_back(child.wait());
    } while (writing);
  });
  const auto start = Clock::now();
  std::vector<std::thread> workers;
  workers.push_back(worker("post", posts));
  workers.push_back(worker("file", files));
  workers.push_back(worker("draft", drafts));
  workers.push_back(worker("validate", validations));
  for (auto& w : workers) w.join();
  writing = false;
  reader.join();
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();

  // Every command succeeded or said the book was busy.
  std::map<std::string, int> busy;
  for (const auto& o : outcomes_) {
    const auto& r = o.result;
    if (r.exit_code == exit_busy) {
      ++busy[o.worker];
      // A command with the default wait (5 s) waits for the others' short
      // writes: exit 7 there means one gave up without waiting (as a switch
      // back to WAL once did, its lock upgrade not waited for).
      EXPECT_EQ(o.worker, "post") << r.err;
      EXPECT_TRUE(contains(r.err, "books.db is busy: another program")) << r.err;
      EXPECT_TRUE(contains(r.err, "--wait")) << r.err;
    } else {
      EXPECT_EQ(r.exit_code, 0) << o.worker << ": " << r.out << r.err;
    }
  }
  ASSERT_EQ(outcomes_.size(), posts.size() + files.size() + drafts.size() + validations.size());
  for (const auto& r : reads) {
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == exit_busy) << r.out << r.err;
    if (r.exit_code == 0) {
      EXPECT_TRUE(contains(r.out, "chain intact")) << r.out;
    }
  }
  // Every successful post is there once, every refused one is not.
  for (const auto& o : outcomes_) {
    const auto& args = o.args;
    const auto ref = std::find(args.begin(), args.end(), "--ref");
    const auto file = std::find(args.begin(), args.end(), "--file");
    const int expected = o.result.exit_code == 0 ? 1 : 0;
    if (ref != args.end()) {
      EXPECT_EQ(entries_with_ref_like(*(ref + 1)), expected) << *(ref + 1);
    } else if (file != args.end()) {
      const std::string k = fs::path(*(file + 1)).stem().string().substr(5);
      EXPECT_EQ(entries_with_ref_like("F" + k + "-%"), 300 * expected) << *(file + 1);
    }
  }
  // Validated numbers: 1..n per entity and year, none lost or repeated.
  for (const std::string entity : {"AT", "RES"}) {
    const std::string where = " FROM txn WHERE status = 'validated' AND entity = '" + entity + "'";
    const auto count = query_one(db_, "SELECT count(*)" + where);
    EXPECT_EQ(query_one(db_, "SELECT count(DISTINCT sequence)" + where), count) << entity;
    EXPECT_EQ(query_one(db_, "SELECT coalesce(max(sequence), 0)" + where), count) << entity;
  }
  // One last validation, then no draft is left and the book verifies.
  EXPECT_EQ(comptoir({"validate", "--all"}).exit_code, 0);
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM txn WHERE status = 'draft'"), "0");
  const auto verify = comptoir({"verify"});
  EXPECT_EQ(verify.exit_code, 0) << verify.out << verify.err;
  RecordProperty("seconds", std::to_string(seconds));
  RecordProperty("reads", std::to_string(reads.size()));
  RecordProperty("busy_posts", std::to_string(busy["post"]));
  std::cout << "concurrency: " << outcomes_.size() << " writes and " << reads.size() << " read-only verifies in "
            << seconds << " s; busy (exit 7): " << busy["post"] << " posts with --wait 0, "
            << busy["file"] + busy["draft"] + busy["validate"] << " others\n";
}

// A lock the test holds itself (BEGIN IMMEDIATE through sqlite3, as another
// comptoir in the middle of a write): with --wait 0 a post exits 7 at once
// naming the book and --wait; with --wait 1 it gives up after a second; an
// auditor's read does not wait (WAL); once the lock is gone the post works.
TEST_F(Concurrency, AHeldLockGivesExit7AfterTheWait) {
  sqlite3* holder = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &holder), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  const auto before = snapshot();

  auto start = Clock::now();
  auto r = comptoir(post("RES", "HELD-0", true, "0"));
  const double immediate = std::chrono::duration<double>(Clock::now() - start).count();
  EXPECT_EQ(r.exit_code, exit_busy) << r.err;
  EXPECT_TRUE(contains(r.err, "the book " + db_.string() +
                                  " is busy: another program (another comptoir?) is "
                                  "writing to it; tried for 0 s while starting to write"))
      << r.err;
  EXPECT_TRUE(contains(r.err, "nothing was changed; try again, or wait longer with --wait SECONDS")) << r.err;
  EXPECT_LT(immediate, 2.0);

  start = Clock::now();
  r = comptoir(post("RES", "HELD-1", true, "1"));
  const double waited = std::chrono::duration<double>(Clock::now() - start).count();
  EXPECT_EQ(r.exit_code, exit_busy) << r.err;
  EXPECT_TRUE(contains(r.err, "tried for 1 s")) << r.err;
  EXPECT_GE(waited, 1.0);
  EXPECT_LT(waited, 4.0);

  r = comptoir({"--read-only", "--wait", "0", "balance", "--format", "csv"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(snapshot(), before);

  sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(holder);
  r = comptoir(post("RES", "HELD-2", true, "0"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(entries_with_ref_like("HELD-%"), 1);
}

// A lock released while the command waits: the default wait (5 s) outlasts
// a short write, and the command then succeeds.
TEST_F(Concurrency, ACommandWaitsForALockReleasedInTime) {
  sqlite3* holder = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &holder), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  Child child(dir_, "waiting", [&] {
    auto args = post("RES", "LATE-1", true);
    args.insert(args.begin(), {"--db", db_.string()});
    return args;
  }());
  std::this_thread::sleep_for(std::chrono::milliseconds(700));
  sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(holder);
  const auto r = child.wait();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(entries_with_ref_like("LATE-1"), 1);
}

TEST_F(Concurrency, WaitRefusesANegativeOrNonNumericValue) {
  EXPECT_EQ(comptoir({"--wait", "-1", "verify"}).exit_code, 2);
  EXPECT_EQ(comptoir({"--wait", "soon", "verify"}).exit_code, 2);
}

}  // namespace
}  // namespace comptoir::e2e
