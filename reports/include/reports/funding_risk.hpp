// What the Funding mix tab's second page draws for one scope: the expenses
// by category per year, the own-resources and largest funder's shares,
// the Monte Carlo's probability of a deficit and of month-end cash below
// the scenario's threshold per projected year, and the tornado of the
// uncertain drivers (the combined year-end cash of the last projected
// year with each driver at its low and high value). Exact: amounts are
// Money, shares and probabilities Rational.
#pragma once

#include <string>
#include <vector>

#include "forecast/funding_projection.hpp"
#include "forecast/monte_carlo.hpp"
#include "forecast/sensitivity.hpp"
#include "labels/labels.hpp"
#include "reports/chart_series.hpp"

namespace comptoir {

struct FundingRiskData {
  std::string scope;
  std::vector<std::string> years;           // base year first
  std::vector<ChartSeries> expenses;        // one series per expense category
  std::vector<Rational> own_share;          // 0..1 per year
  std::vector<Rational> largest_share;      // the largest funder's share of the resources, per year
  std::vector<std::string> largest_funder;  // its name per year ("" when none)
  std::vector<std::string> risk_years;      // the projected years (empty without a Monte Carlo)
  std::vector<Rational> deficit;            // P(result < 0) per projected year
  std::vector<Rational> below_threshold;    // P(a month-end cash < threshold) per projected year
  Money threshold;
};

// `monte_carlo` may be null (no risk then).
[[nodiscard]] FundingRiskData funding_risk_data(const forecast::ScopeProjection& scope,
                                                const forecast::MonteCarloScope* monte_carlo, Money threshold,
                                                const Labels& t);

// One bar of the tornado: the driver, its low and high values as text in
// its own unit, and the metric with it low and high.
struct TornadoBar {
  std::string driver;
  std::string low;
  std::string high;
  Money at_low;
  Money at_high;
  Money low_change;   // at_low − the base: the bar's extent left or right of the base
  Money high_change;  // at_high − the base
};

struct TornadoData {
  int year = 0;                  // the year whose combined year-end cash is measured
  Money base;                    // the metric with every driver at its base value
  std::vector<TornadoBar> bars;  // largest swing first
  std::size_t drivers = 0;       // the uncertain drivers, shown or not
};

// The `bars` drivers of largest swing (all of them: 0).
[[nodiscard]] TornadoData tornado_data(const forecast::SensitivityAnalysis& analysis, const Labels& t,
                                       std::size_t bars = 0);

}  // namespace comptoir
