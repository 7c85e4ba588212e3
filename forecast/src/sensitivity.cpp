// Tornado analysis by exact recomputation, one driver at a time.
#include "forecast/sensitivity.hpp"

#include <algorithm>
#include <cmath>

#include "forecast/funding_projection.hpp"

namespace comptoir::forecast {
namespace {

// A double quantile as an exact value, rounded to 1e-6 (half away from zero).
Rational exact(double value) {
  return Rational(std::llround(value * 1e6), 1'000'000);
}

Money final_cash(const FundingProjection& p) {
  return p.scope(combined_scope).years.back().year_end_cash;
}

}  // namespace

SensitivityAnalysis compute_sensitivity(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                        const std::vector<CofinancingRule>& rules) {
  const std::vector<Rational> base = scenario.base_values();
  SensitivityAnalysis out{
      scenario.base_year + scenario.years, final_cash(project_funding(scenario, actuals, rules, base)), {}};
  for (std::size_t d = 0; d < scenario.drivers.size(); ++d) {
    const Driver& driver = scenario.drivers[d];
    if (driver.distribution.is_fixed()) continue;
    SensitivityRow row{driver.key, driver.label, driver.label_en, {}, {}, {}, {}, driver.unit};
    row.low = driver.renewal ? Rational(0) : exact(driver.distribution.quantile(0.05));
    row.high = driver.renewal ? Rational(1) : exact(driver.distribution.quantile(0.95));
    std::vector<Rational> values = base;
    values[d] = row.low;
    row.at_low = final_cash(project_funding(scenario, actuals, rules, values));
    values[d] = row.high;
    row.at_high = final_cash(project_funding(scenario, actuals, rules, values));
    out.rows.push_back(row);
  }
  std::stable_sort(out.rows.begin(), out.rows.end(), [](const SensitivityRow& a, const SensitivityRow& b) {
    return a.swing() != b.swing() ? a.swing() > b.swing() : a.key < b.key;
  });
  return out;
}

}  // namespace comptoir::forecast
