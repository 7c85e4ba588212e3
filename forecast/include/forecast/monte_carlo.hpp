// Monte Carlo of a funding scenario: every driver drawn once per path from
// its distribution, the deterministic model's monthly lines rescaled in
// double, cash followed month by month. Path i draws from its own stream
// seeded by splitmix64(seed, i), so results do not depend on the thread
// count. Percentiles: nearest rank (the ceil(q·N)-th smallest value).
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "forecast/base_year_actuals.hpp"
#include "forecast/funding_scenario.hpp"
#include "forecast/monte_carlo_result.hpp"
#include "cofinancing/cofinancing_rule.hpp"

namespace comptoir::forecast {

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

}  // namespace comptoir::forecast
