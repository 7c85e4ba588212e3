// Runs every measured operation for one N in a work directory: generates
// the books, then drives the real comptoir, sqlite3, ledger and hledger.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_results.hpp"
#include "book_files.hpp"
#include "process_runner.hpp"

namespace comptoir::bench {

struct BenchConfig {
  std::vector<std::uint64_t> sizes{10'000, 100'000, 1'000'000};
  int runs = 3;
  bool external = true;            // ledger and hledger
  std::string comptoir;            // path of the binary
  std::filesystem::path keep_dir;  // empty: a temporary directory, removed at the end
  // ledger/hledger at large sizes: one run, a time limit and a memory limit.
  std::uint64_t external_single_run_from = 1'000'000;
  RunLimits external_limits{std::chrono::seconds(300), 12'000};
};

class BenchRunner {
 public:
  BenchRunner(const BenchConfig& config, std::filesystem::path work_dir);

  [[nodiscard]] SizeResult run_size(std::uint64_t transactions);

 private:
  using Setup = void (BenchRunner::*)(const std::filesystem::path& db);

  Measurement repeat(Operation op, int runs, const std::vector<std::string>& argv, const RunLimits& limits = {},
                     const std::filesystem::path& fresh_db = {}, Setup setup = nullptr);
  void fresh_book(const std::filesystem::path& db);
  void fresh_bare(const std::filesystem::path& db);
  // `db` becomes a copy of the imported book (a close cannot be run twice).
  void copy_of_imported(const std::filesystem::path& db);
  // `db` becomes a copy of the imported book with the bank statement imported.
  void copy_with_statement(const std::filesystem::path& db);
  [[nodiscard]] std::vector<std::string> comptoir(const std::filesystem::path& db, std::vector<std::string> args) const;
  void measure_externals(SizeResult& result, const BookFiles& files);
  void check_outputs(SizeResult& result, const BookFiles& files, const std::filesystem::path& db);

  const BenchConfig& config_;
  std::filesystem::path work_;
  std::filesystem::path dir_;  // work_/N
  std::uint64_t size_ = 0;
  std::filesystem::path bank_file_;
};

}  // namespace comptoir::bench
