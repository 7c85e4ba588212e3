// comptoir_bench: `make bench`. Generates deterministic books of N
// transactions, times the real comptoir binary (imports, trial balance,
// general ledger, verify) against sqlite3 .import, ledger and hledger, and
// prints a table of median times and peak memory with the targets.
#include <fmt/format.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <charconv>
#include <cstring>
#include <exception>
#include <filesystem>
#include <string>

#include "bench_runner.hpp"
#include "document_bench.hpp"
#include "forecast_bench.hpp"
#include "result_table.hpp"

namespace {

namespace fs = std::filesystem;
using comptoir::bench::BenchConfig;

constexpr const char* usage =
    "Usage: comptoir_bench [--sizes 10000,100000,1000000] [--runs R] [--keep DIR] [--no-external]\n"
    "                      [--comptoir PATH] [--external-timeout SECONDS] [--only books|forecast|documents]\n"
    "  --sizes             transaction counts to measure (default: 10000,100000,1000000)\n"
    "  --runs              runs per measurement; the median time is reported (default 3)\n"
    "  --keep DIR          generate into DIR and keep the files and books (default: a /tmp dir, removed)\n"
    "  --no-external       skip ledger and hledger\n"
    "  --comptoir PATH     the comptoir binary (default: the one built with the bench)\n"
    "  --external-timeout  time limit of one ledger/hledger run (default 300)\n"
    "  --only              books: the comptoir binary on generated books; forecast: the Monte Carlo\n"
    "                      and café plan timings; documents: the audit pack and a PDF of the demo\n"
    "                      books (default: all three)\n";

// Which sections run: the books (binary on generated books) and/or the forecast.
struct Sections {
  bool books = true;
  bool forecast = true;
  bool documents = true;
};

struct UsageError {
  std::string message;
};

std::uint64_t number(const std::string& text, const char* option) {
  std::uint64_t value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || ptr != end || value == 0)
    throw UsageError{std::string(option) + ": bad number '" + text + "'"};
  return value;
}

BenchConfig parse(int argc, char** argv, Sections& sections) {
  BenchConfig config;
  config.comptoir = COMPTOIR_BINARY;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError{arg + " needs a value"};
      return argv[++i];
    };
    if (arg == "--sizes") {
      config.sizes.clear();
      std::string list = value();
      for (std::size_t start = 0; start <= list.size();) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        config.sizes.push_back(number(list.substr(start, comma - start), "--sizes"));
        start = comma + 1;
      }
    } else if (arg == "--runs") {
      config.runs = static_cast<int>(std::min<std::uint64_t>(number(value(), "--runs"), 100));
    } else if (arg == "--keep") {
      config.keep_dir = value();
    } else if (arg == "--no-external") {
      config.external = false;
    } else if (arg == "--comptoir") {
      config.comptoir = fs::absolute(value()).string();
    } else if (arg == "--external-timeout") {
      config.external_limits.timeout = std::chrono::seconds(number(value(), "--external-timeout"));
    } else if (arg == "--only") {
      const std::string only = value();
      if (only != "books" && only != "forecast" && only != "documents") {
        throw UsageError{"--only: books, forecast or documents, not '" + only + "'"};
      }
      sections.books = only == "books";
      sections.forecast = only == "forecast";
      sections.documents = only == "documents";
    } else if (arg == "--help" || arg == "-h") {
      fmt::print("{}", usage);
      std::exit(0);
    } else {
      throw UsageError{"unknown option " + arg};
    }
  }
  return config;
}

fs::path make_work_dir(const BenchConfig& config) {
  if (!config.keep_dir.empty()) {
    fs::create_directories(config.keep_dir);
    return fs::absolute(config.keep_dir);
  }
  std::string pattern = (fs::temp_directory_path() / "comptoir-bench-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create a directory under /tmp");
  return pattern;
}

}  // namespace

int main(int argc, char** argv) {
  BenchConfig config;
  Sections sections;
  try {
    config = parse(argc, argv, sections);
  } catch (const UsageError& e) {
    fmt::print(stderr, "comptoir_bench: {}\n{}", e.message, usage);
    return 2;
  }
  int sections_status = 0;
  if (sections.forecast) {
    try {
      const auto forecast = comptoir::bench::run_forecast_bench(std::max(config.runs, 11), 2);
      comptoir::bench::print_forecast_results(stdout, forecast);
      if (comptoir::bench::forecast_targets_failed(forecast)) sections_status = 1;
    } catch (const std::exception& e) {
      fmt::print(stderr, "comptoir_bench: forecast: {}\n", e.what());
      sections_status = 1;
    }
    if (!sections.books && !sections.documents) return sections_status;
  }
  if (!comptoir::bench::program_exists(config.comptoir)) {
    fmt::print(stderr, "comptoir_bench: no comptoir binary at {} (build it first)\n", config.comptoir);
    return 1;
  }
  if (sections.documents) {
    fs::path documents;
    try {
      documents = make_work_dir(config) / "documents";
      const auto result = comptoir::bench::run_document_bench(config.comptoir, documents, config.runs);
      comptoir::bench::print_document_results(stdout, result);
      if (comptoir::bench::document_targets_failed(result)) sections_status = 1;
    } catch (const std::exception& e) {
      fmt::print(stderr, "comptoir_bench: documents: {}\n", e.what());
      sections_status = 1;
    }
    if (config.keep_dir.empty() && !documents.empty()) fs::remove_all(documents.parent_path());
    if (!sections.books) return sections_status;
  }
  fs::path work;
  std::vector<comptoir::bench::SizeResult> results;
  int status = 0;
  try {
    work = make_work_dir(config);
    comptoir::bench::BenchRunner runner(config, work);
    for (std::uint64_t n : config.sizes) results.push_back(runner.run_size(n));
  } catch (const std::exception& e) {
    fmt::print(stderr, "comptoir_bench: {}\n", e.what());
    status = 1;
  }
  if (config.keep_dir.empty() && !work.empty())
    fs::remove_all(work);
  else if (!work.empty())
    fmt::print(stderr, "Generated files and books kept in {}\n", work.string());
  comptoir::bench::TableContext context;
  context.runs = config.runs;
  context.external_single_run_from = config.external_single_run_from;
  context.external_timeout_s = static_cast<int>(config.external_limits.timeout.count());
  context.external_max_rss_mb = config.external_limits.max_rss_mb;
  rusage self{};
  getrusage(RUSAGE_SELF, &self);
  context.harness_peak_mb = static_cast<double>(self.ru_maxrss) / 1024.0;
  if (!results.empty()) comptoir::bench::print_results(stdout, results, context);
  for (const auto& r : results) {
    if (!r.problems.empty()) status = 1;
  }
  return status != 0 ? status : sections_status;
}
