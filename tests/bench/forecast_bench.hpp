// The forecast section of `make bench`: a 5-year monthly funding-mix Monte
// Carlo of 10,000 paths (target < 100 ms on 2 cores) and a café business
// plan (target < 5 ms), pure computation, medians over repetitions.
#pragma once

#include <cstdio>

namespace comptoir::bench {

struct ForecastBenchResult {
  int repetitions = 0;
  long paths = 0;
  int threads = 0;
  double monte_carlo_ms = 0;      // compile the scenario + run every path
  double monte_carlo_run_ms = 0;  // the paths alone (scenario already compiled)
  double projection_ms = 0;       // the exact (Money) projection
  double cafe_plan_ms = 0;        // compute_cafe_plan of cafe-entrepreneurial.toml
};

// Reads the shipped scenarios from the source tree. Throws on a bad file.
[[nodiscard]] ForecastBenchResult run_forecast_bench(int repetitions, int threads);

void print_forecast_results(std::FILE* out, const ForecastBenchResult& result);

// True when a target was missed.
[[nodiscard]] bool forecast_targets_failed(const ForecastBenchResult& result);

}  // namespace comptoir::bench
