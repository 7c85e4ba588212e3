// See document_bench.hpp.
#include "document_bench.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "process_runner.hpp"

namespace comptoir::bench {
namespace {

namespace fs = std::filesystem;

std::string text_of(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The median wall time of `runs` runs of `argv`; the first failure stops.
Measurement time_runs(const std::vector<std::string>& argv, int runs, const fs::path& errors, const char* name) {
  Measurement m;
  std::vector<double> times;
  for (int run = 1; run <= runs; ++run) {
    const RunResult r = run_process(argv, "/dev/null", errors);
    fmt::print(stderr, "  {}: run {}/{}: {:.1f} ms, {:.1f} MB\n", name, run, runs, r.wall_ms, r.peak_mb);
    if (!r.ok()) {
      m.failure = r.timed_out ? "timeout" : fmt::format("exit {}", r.exit_code);
      return m;
    }
    times.push_back(r.wall_ms);
    m.peak_mb = std::max(m.peak_mb, r.peak_mb);
  }
  std::sort(times.begin(), times.end());
  m.measured = true;
  m.runs = runs;
  m.median_ms = times[times.size() / 2];
  return m;
}

std::string verdict(const Measurement& m, double target_ms) {
  if (!m.measured) return m.failure;
  return fmt::format("{:>8.0f} ms  {:>6.1f} MB   target < {:.0f} s   {}", m.median_ms, m.peak_mb, target_ms / 1000,
                     m.median_ms < target_ms ? "PASS" : "FAIL");
}

}  // namespace

DocumentBenchResult run_document_bench(const std::string& comptoir, const fs::path& work, int runs) {
  DocumentBenchResult result;
  fs::create_directories(work);
  const fs::path db = work / "demo.db", errors = work / "documents.err";
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
  const std::vector<std::string> base = {comptoir, "--db", db.string(), "--today", "2026-01-15"};
  auto with = [&](std::vector<std::string> args) {
    std::vector<std::string> argv = base;
    argv.insert(argv.end(), args.begin(), args.end());
    return argv;
  };
  if (!run_process(with({"demo"}), "/dev/null", errors).ok()) {
    throw std::runtime_error("comptoir demo failed: " + text_of(errors));
  }
  const fs::path pack = work / "pack";
  result.pack = time_runs(with({"pack", "--entity", "AT", "--year", "2025", "--out", pack.string(), "--force"}), runs,
                          errors, "pack AT 2025");
  if (result.pack.measured) {
    for (const auto& entry : fs::directory_iterator(pack)) {
      ++result.pack_files;
      if (entry.path().extension() == ".pdf") result.pack_has_pdf = true;
    }
  }
  const fs::path pdf = work / "income-statement.pdf";
  const auto probe = run_process(with({"--format", "pdf", "--out", pdf.string(), "report", "income-statement",
                                       "--entity", "AT", "--year", "2025"}),
                                 "/dev/null", errors);
  if (!probe.ok() && text_of(errors).find("without Qt") != std::string::npos) {
    result.statements_pdf.failure = "skipped (no Qt in this build)";
  } else {
    result.statements_pdf = time_runs(with({"--format", "pdf", "--out", pdf.string(), "report", "income-statement",
                                            "--entity", "AT", "--year", "2025"}),
                                      runs, errors, "income statement PDF");
  }
  return result;
}

void print_document_results(std::FILE* out, const DocumentBenchResult& r) {
  fmt::print(out, "\nDocuments on the demo books (median wall time, peak RSS):\n");
  fmt::print(
      out, "  {:<40} {}\n",
      fmt::format("audit pack AT 2025 ({} files in all{})", r.pack_files, r.pack_has_pdf ? "" : ", no PDF: no Qt"),
      verdict(r.pack, 5000));
  fmt::print(out, "  {:<40} {}\n", "income statement PDF", verdict(r.statements_pdf, 1000));
}

bool document_targets_failed(const DocumentBenchResult& r) {
  return (r.pack.measured && r.pack.median_ms >= 5000) || !r.pack.failure.empty() ||
         (r.statements_pdf.measured && r.statements_pdf.median_ms >= 1000);
}

}  // namespace comptoir::bench
