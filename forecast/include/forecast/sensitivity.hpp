// Sensitivity of a funding scenario: each driver that carries a
// distribution is moved alone to its low and high value and the exact
// projection recomputed (Money). Rows sorted by swing, then by key. Holds
// the analysis (a tornado chart's data) and how it is computed.
#pragma once

#include <string>
#include <vector>

#include "cofinancing/cofinancing_rule.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"
#include "forecast/base_year_actuals.hpp"
#include "forecast/funding_scenario.hpp"

namespace comptoir::forecast {

// One bar of a tornado chart: a driver moved to its low and high values
// (P5 and P95 of its distribution; not renewed / renewed for a renewal)
// with every other driver at its base value.
struct SensitivityRow {
  std::string key;  // scenario key of the driver
  std::string label;
  std::string label_en;
  Rational low;  // driver value, rounded to 1e-6 from the double quantile
  Rational high;
  Money at_low;  // the metric with the driver low
  Money at_high;
  DriverUnit unit = DriverUnit::Count;  // what low and high are counted in

  // |at_high - at_low|: what the rows are sorted by.
  [[nodiscard]] Money swing() const { return at_high > at_low ? at_high - at_low : at_low - at_high; }
};

// A tornado analysis: the metric (combined year-end cash of the last
// projected year) at base, and one row per uncertain driver, largest swing
// first.
struct SensitivityAnalysis {
  int year = 0;  // the year whose year-end cash is measured
  Money base;
  std::vector<SensitivityRow> rows;
};

[[nodiscard]] SensitivityAnalysis compute_sensitivity(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                                      const std::vector<CofinancingRule>& rules);

}  // namespace comptoir::forecast
