// The measurement plan of one N. Imports start from a fresh book each run
// (`init`, not timed); queries run on the book the last FEC import left.
#include "bench_runner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "output_check.hpp"
#include "transaction_generator.hpp"

namespace comptoir::bench {
namespace {

namespace fs = std::filesystem;

void remove_database(const fs::path& db) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db.string() + suffix);
}

// The last lines of a child's stderr, for the failure report.
std::string tail_of(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  std::string s = text.str();
  if (s.size() > 600) s = "..." + s.substr(s.size() - 600);
  return s;
}

std::string failure_of(const RunResult& r) {
  if (r.timed_out) return "timeout";
  if (r.over_memory) return "killed: memory";
  return fmt::format("exit {}", r.exit_code);
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

}  // namespace

BenchRunner::BenchRunner(const BenchConfig& config, fs::path work_dir) : config_(config), work_(std::move(work_dir)) {}

std::vector<std::string> BenchRunner::comptoir(const fs::path& db, std::vector<std::string> args) const {
  std::vector<std::string> argv = {config_.comptoir, "--db", db.string(), "--today", "2025-12-31"};
  argv.insert(argv.end(), args.begin(), args.end());
  return argv;
}

void BenchRunner::fresh_bare(const fs::path& db) {
  remove_database(db);
}

void BenchRunner::fresh_book(const fs::path& db) {
  remove_database(db);
  const RunResult r = run_process(comptoir(db, {"init", "--year", "2025"}), "/dev/null", dir_ / "init.err");
  if (!r.ok()) throw std::runtime_error("comptoir init failed (" + failure_of(r) + "): " + tail_of(dir_ / "init.err"));
}

void BenchRunner::copy_of_imported(const fs::path& db) {
  remove_database(db);
  fs::copy_file(dir_ / "fec.db", db);
}

Measurement BenchRunner::repeat(Operation op, int runs, const std::vector<std::string>& argv, const RunLimits& limits,
                                const fs::path& fresh_db, Setup setup) {
  Measurement m;
  std::vector<double> times;
  const fs::path errors = dir_ / "stderr.txt";
  for (int run = 1; run <= runs; ++run) {
    if (setup != nullptr) (this->*setup)(fresh_db);
    const RunResult r = run_process(argv, "/dev/null", errors, limits);
    fmt::print(stderr, "  N={} {}: run {}/{}: {:.1f} ms, {:.1f} MB{}\n", size_, operation_name(op), run, runs,
               r.wall_ms, r.peak_mb, r.ok() ? "" : " (" + failure_of(r) + ")");
    if (!r.ok()) {
      m.failure = failure_of(r);
      fmt::print(stderr, "  stderr: {}\n", tail_of(errors));
      return m;
    }
    times.push_back(r.wall_ms);
    m.peak_mb = std::max(m.peak_mb, r.peak_mb);
  }
  m.measured = true;
  m.runs = runs;
  m.median_ms = median(times);
  return m;
}

SizeResult BenchRunner::run_size(std::uint64_t transactions) {
  size_ = transactions;
  dir_ = work_ / fmt::format("n{}", transactions);
  SizeResult result;
  fmt::print(stderr, "N={}: generating the books in {}\n", transactions, dir_.string());
  const auto start = std::chrono::steady_clock::now();
  const BookFiles files = write_book_files(dir_, transactions);
  result.generation_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  result.transactions = files.transactions;
  result.postings = files.postings;
  result.busy_postings = files.busy_postings;

  const fs::path bare_db = dir_ / "bare.db", fec_db = dir_ / "fec.db", post_db = dir_ / "post.db";
  const std::vector<std::string> sqlite = {
      "sqlite3", bare_db.string(),
      "CREATE TABLE postings(txn INTEGER, journal TEXT, date TEXT, account TEXT, label TEXT, debit INTEGER, "
      "credit INTEGER);",
      ".import --csv --skip 1 \"" + files.bare_csv.string() + "\" postings"};
  const int runs = config_.runs;
  if (program_exists("sqlite3")) {
    result.at(Operation::SqliteImport) =
        repeat(Operation::SqliteImport, runs, sqlite, {}, bare_db, &BenchRunner::fresh_bare);
  } else {
    result.at(Operation::SqliteImport).failure = "not installed";
  }
  remove_database(bare_db);
  result.at(Operation::FecImport) =
      repeat(Operation::FecImport, runs, comptoir(fec_db, {"import", "fec", files.fec.string(), "--entity", "AT"}), {},
             fec_db, &BenchRunner::fresh_book);
  result.at(Operation::PostImport) =
      repeat(Operation::PostImport, runs, comptoir(post_db, {"post", "--file", files.bulk_csv.string(), "--validate"}),
             {}, post_db, &BenchRunner::fresh_book);
  remove_database(post_db);

  if (result.at(Operation::FecImport).measured) {
    const std::string busy(busy_account);
    result.at(Operation::TrialBalance) =
        repeat(Operation::TrialBalance, runs,
               comptoir(fec_db, {"balance", "--entity", "AT", "--year", "2025", "--format", "csv"}));
    result.at(Operation::GeneralLedger) =
        repeat(Operation::GeneralLedger, runs,
               comptoir(fec_db, {"ledger", "--entity", "AT", "--account", busy, "--format", "csv"}));
    result.at(Operation::Verify) = repeat(Operation::Verify, runs, comptoir(fec_db, {"verify"}));
    // Every posting of the year in one workbook (constant-memory sheets
    // of 1,048,576 rows): one run from a million transactions on.
    const fs::path workbook = dir_ / "ledger.xlsx";
    result.at(Operation::LedgerXlsx) = repeat(Operation::LedgerXlsx, size_ >= 1'000'000 ? 1 : runs,
                                              comptoir(fec_db, {"--format", "xlsx", "--out", workbook.string(),
                                                                "ledger", "--entity", "AT", "--year", "2025"}));
    fs::remove(workbook);
    check_outputs(result, files, fec_db);
    const fs::path close_db = dir_ / "close.db";
    result.at(Operation::Close) = repeat(
        Operation::Close, runs, comptoir(close_db, {"close", "--entity", "AT", "--year", "2025", "--accept-warnings"}),
        {}, close_db, &BenchRunner::copy_of_imported);
    // The last close left 2025 closed and 2026 opened: the bilan of 2026
    // computes its N-1 column over the million entries of 2025.
    if (result.at(Operation::Close).measured) {
      result.at(Operation::BalanceSheet) = repeat(
          Operation::BalanceSheet, runs,
          comptoir(close_db, {"report", "balance-sheet", "--entity", "AT", "--year", "2026", "--format", "csv"}));
    } else {
      result.at(Operation::BalanceSheet).failure = "no close";
    }
    remove_database(close_db);
  } else {
    for (Operation op : {Operation::TrialBalance, Operation::GeneralLedger, Operation::Verify, Operation::Close,
                         Operation::BalanceSheet, Operation::LedgerXlsx}) {
      result.at(op).failure = "no book";
    }
  }
  measure_externals(result, files);
  if (config_.keep_dir.empty()) fs::remove_all(dir_);
  return result;
}

void BenchRunner::measure_externals(SizeResult& result, const BookFiles& files) {
  const int runs = size_ >= config_.external_single_run_from ? 1 : config_.runs;
  const std::array<std::pair<Operation, std::vector<std::string>>, 2> tools = {{
      {Operation::LedgerBalance, {"ledger", "-f", files.ledger_journal.string(), "balance"}},
      {Operation::HledgerBalance, {"hledger", "-f", files.hledger_journal.string(), "balance"}},
  }};
  for (const auto& [op, argv] : tools) {
    if (!config_.external) {
      result.at(op).failure = "skipped";
    } else if (!program_exists(argv.front())) {
      result.at(op).failure = "not installed";
    } else {
      result.at(op) = repeat(op, runs, argv, config_.external_limits);
    }
  }
}

void BenchRunner::check_outputs(SizeResult& result, const BookFiles& files, const fs::path& db) {
  const fs::path balance = dir_ / "balance.csv", ledger = dir_ / "ledger.csv", errors = dir_ / "check.err";
  const RunResult b =
      run_process(comptoir(db, {"balance", "--entity", "AT", "--year", "2025", "--format", "csv"}), balance, errors);
  auto problems = b.ok() ? check_trial_balance(balance, files.fec_totals)
                         : std::vector<std::string>{"balance failed: " + tail_of(errors)};
  const RunResult l =
      run_process(comptoir(db, {"ledger", "--entity", "AT", "--account", std::string(busy_account), "--format", "csv"}),
                  ledger, errors);
  auto more = l.ok() ? check_ledger_rows(ledger, files.busy_postings)
                     : std::vector<std::string>{"ledger failed: " + tail_of(errors)};
  problems.insert(problems.end(), more.begin(), more.end());
  for (auto& p : problems) result.problems.push_back(fmt::format("N={}: {}", size_, p));
}

}  // namespace comptoir::bench
