// Monte Carlo of a funding scenario: every driver drawn once per path from
// its distribution, the deterministic model's monthly lines rescaled in
// double, except the prestations: each path sells its own volumes and
// splits them between the communes and their co-funders by the rules and
// the pools' caps (a cap does not scale with a volume); cash followed month
// by month. Path i draws from its own stream
// seeded by splitmix64(seed, i), so results do not depend on the thread
// count. Percentiles: nearest rank (the ceil(q·N)-th smallest value).
// Holds the run's options and results (per scope and year), and a
// scenario's outcome: its projection with the Monte Carlo beside it.
#pragma once

#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cofinancing/cofinancing_rule.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"
#include "forecast/base_year_actuals.hpp"
#include "forecast/funding_projection.hpp"
#include "forecast/funding_scenario.hpp"

namespace comptoir::forecast {

// How many paths, from which seed, on how many threads. The result depends
// on runs and seed only, never on threads.
struct MonteCarloOptions {
  std::int64_t runs = 10000;
  std::uint64_t seed = 1;
  int threads = 2;
  Money cash_threshold;
};

// P5, P50 and P95 of an amount over the paths (nearest-rank percentiles;
// cents rounded half away from zero from the double paths).
struct MoneyBand {
  Money p5;
  Money p50;
  Money p95;
};

// P5, P50 and P95 of a share (0..1) over the paths; display only.
struct ShareBand {
  double p5 = 0;
  double p50 = 0;
  double p95 = 0;
};

// A sampled share made exact for display: rounded half away from zero to
// the thousandth (0.1 %), so that reports handle exact values only.
[[nodiscard]] inline Rational exact_share(double share) {
  return {std::llround(share * 1000), 1000};
}

// One projected year of one scope over all paths.
struct MonteCarloYear {
  int year = 0;
  MoneyBand result;
  MoneyBand cash;  // year-end
  ShareBand own_share;
  // The co-funders' part of the year's prestations (each path sells its
  // own volumes and splits them by the co-financing rules and caps).
  MoneyBand cofinancing;
  std::int64_t deficits = 0;         // paths whose result is negative
  std::int64_t below_threshold = 0;  // paths whose month-end cash dips below the threshold during the year
  std::int64_t runs = 0;

  [[nodiscard]] Rational deficit_probability() const { return runs == 0 ? Rational(0) : Rational(deficits, runs); }
  [[nodiscard]] Rational below_threshold_probability() const {
    return runs == 0 ? Rational(0) : Rational(below_threshold, runs);
  }
};

// The figures of one scope (an association or both combined).
struct MonteCarloScope {
  std::string scope;  // "AT", "RES", combined_scope
  std::vector<MonteCarloYear> years;
};

// What a run found, per scope and year.
struct MonteCarloResult {
  MonteCarloOptions options;
  std::vector<MonteCarloScope> scopes;  // same order as FundingProjection::scopes

  // Throws Error(NotFound).
  [[nodiscard]] const MonteCarloScope& scope(const std::string& name) const;
};

// A scenario compiled once for many Monte Carlo runs (e.g. other seeds).
class PreparedMonteCarlo {
 public:
  PreparedMonteCarlo(const FundingScenario& scenario, const BaseYearActuals& actuals,
                     const std::vector<CofinancingRule>& rules);
  ~PreparedMonteCarlo();
  PreparedMonteCarlo(PreparedMonteCarlo&&) noexcept;
  PreparedMonteCarlo& operator=(PreparedMonteCarlo&&) noexcept;

  // Throws Error(InvalidInput) when runs < 1 or threads < 1.
  [[nodiscard]] MonteCarloResult run(const MonteCarloOptions& options) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Convenience: prepare and run.
[[nodiscard]] MonteCarloResult run_monte_carlo(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                               const std::vector<CofinancingRule>& rules,
                                               const MonteCarloOptions& options);

// The driver values path `path` draws (what run() uses), for tests.
[[nodiscard]] std::vector<double> draw_drivers(const std::vector<Driver>& drivers, std::uint64_t seed,
                                               std::uint64_t path);

// A scenario's computed figures, side by side with others in a comparison.
struct ScenarioOutcome {
  std::string name;
  FundingProjection projection;
  std::optional<MonteCarloResult> monte_carlo;  // when runs were asked for
};

}  // namespace comptoir::forecast
