// Times the forecast computations in-process (no book: the base year is
// the demo books' 2025 actuals, as the forecast tests write them out).
#include "forecast_bench.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <vector>

#include "forecast/cafe_plan.hpp"
#include "forecast/funding_projection.hpp"
#include "forecast/monte_carlo.hpp"
#include "forecast/scenario_toml.hpp"
#include "unit/forecast/funding_test_support.hpp"

namespace comptoir::bench {
namespace {

constexpr double monte_carlo_target_ms = 100;
constexpr double cafe_plan_target_ms = 5;

template <typename Work>
double median_ms(int repetitions, Work work) {
  std::vector<double> times;
  for (int i = 0; i < repetitions; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

ForecastBenchResult run_forecast_bench(int repetitions, int threads) {
  const std::string dir = COMPTOIR_SOURCE_DIR "/forecast/scenarios/";
  const auto scenario = forecast::load_funding_scenario(dir + "funding-base.toml");
  const auto cafe = forecast::load_cafe_scenario(dir + "cafe-entrepreneurial.toml");
  const auto actuals = forecast::testing::demo_actuals();  // shared with the forecast tests
  const auto rules = default_cofinancing_rules();
  const forecast::MonteCarloOptions options{10000, scenario.seed, threads, scenario.cash_threshold};
  ForecastBenchResult r{repetitions, static_cast<long>(options.runs), threads, 0, 0, 0, 0};
  long sink = 0;  // keeps results alive
  r.monte_carlo_ms = median_ms(repetitions, [&] {
    sink += forecast::run_monte_carlo(scenario, actuals, rules, options).scopes.back().years.back().cash.p50.cents();
  });
  const forecast::PreparedMonteCarlo prepared(scenario, actuals, rules);
  r.monte_carlo_run_ms =
      median_ms(repetitions, [&] { sink += prepared.run(options).scopes.back().years.back().deficits; });
  r.projection_ms = median_ms(repetitions, [&] {
    sink += forecast::project_funding(scenario, actuals, rules).scopes.back().years.back().year_end_cash.cents();
  });
  r.cafe_plan_ms =
      median_ms(repetitions, [&] { sink += forecast::compute_cafe_plan(cafe).cash.back().closing.cents(); });
  if (sink == 42) std::fputs("", stderr);
  return r;
}

void print_forecast_results(std::FILE* out, const ForecastBenchResult& r) {
  const auto verdict = [](double ms, double target) { return ms < target ? "PASS" : "FAIL"; };
  fmt::print(out, "\nForecast (in-process, median of {} runs, {} threads)\n\n", r.repetitions, r.threads);
  fmt::print(out, "| {:<58} | {:>9} | {:>8} | {:<6} |\n", "computation", "median ms", "target", "");
  fmt::print(out, "|{:-<60}|{:-<11}|{:-<10}|{:-<8}|\n", "", "", "", "");
  fmt::print(out, "| {:<58} | {:>9.2f} | {:>8} | {:<6} |\n",
             fmt::format("funding Monte Carlo, {} paths x 5 years monthly", r.paths), r.monte_carlo_ms, "< 100",
             verdict(r.monte_carlo_ms, monte_carlo_target_ms));
  fmt::print(out, "| {:<58} | {:>9.2f} | {:>8} | {:<6} |\n", "  of which paths + percentiles (scenario compiled once)",
             r.monte_carlo_run_ms, "", "");
  fmt::print(out, "| {:<58} | {:>9.2f} | {:>8} | {:<6} |\n", "funding projection, exact (Money), 5 years",
             r.projection_ms, "", "");
  fmt::print(out, "| {:<58} | {:>9.2f} | {:>8} | {:<6} |\n", "cafe business plan (cafe-entrepreneurial.toml)",
             r.cafe_plan_ms, "< 5", verdict(r.cafe_plan_ms, cafe_plan_target_ms));
}

bool forecast_targets_failed(const ForecastBenchResult& r) {
  return r.monte_carlo_ms >= monte_carlo_target_ms || r.cafe_plan_ms >= cafe_plan_target_ms;
}

}  // namespace comptoir::bench
