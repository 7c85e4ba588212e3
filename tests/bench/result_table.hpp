// Prints the benchmark's results: one markdown-like table (rows: operation,
// columns: median ms and peak MB per N; under 100 columns for three sizes),
// the targets of the issue with PASS/FAIL, and the output checks.
#pragma once

#include <cstdint>
#include <cstdio>
#include <vector>

#include "bench_results.hpp"

namespace comptoir::bench {

struct TableContext {
  int runs = 3;
  std::uint64_t external_single_run_from = 1'000'000;
  int external_timeout_s = 300;
  std::int64_t external_max_rss_mb = 12'000;
  double harness_peak_mb = 0;  // the bench's own peak RSS: a floor of every child's figure
};

void print_results(std::FILE* out, const std::vector<SizeResult>& sizes, const TableContext& context);

// True when a target was evaluated and missed.
[[nodiscard]] bool any_target_failed(const std::vector<SizeResult>& sizes);

}  // namespace comptoir::bench
