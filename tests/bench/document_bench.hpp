// The documents section of `make bench`, on the demo books the binary
// writes itself: the audit pack of the demo year (AT 2025, target < 5 s)
// and the PDF of the income statement (target < 1 s). `make bench` builds
// without Qt (COMPTOIR_GUI=OFF): there the pack holds its XLSX and CSV
// files only, which the table says, and the PDF is "skipped (no Qt)"; run
// the bench with `--comptoir build/cli/comptoir` to time a build with Qt.
#pragma once

#include <cstdio>
#include <filesystem>
#include <string>

#include "bench_results.hpp"

namespace comptoir::bench {

struct DocumentBenchResult {
  Measurement pack;
  Measurement statements_pdf;
  bool pack_has_pdf = false;
  std::size_t pack_files = 0;
};

// Writes the demo books into `work` and times the commands `runs` times.
[[nodiscard]] DocumentBenchResult run_document_bench(const std::string& comptoir, const std::filesystem::path& work,
                                                     int runs);

void print_document_results(std::FILE* out, const DocumentBenchResult& result);

// True when a target was missed (a skipped measurement is no failure).
[[nodiscard]] bool document_targets_failed(const DocumentBenchResult& result);

}  // namespace comptoir::bench
