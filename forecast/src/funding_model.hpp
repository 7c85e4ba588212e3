// Internal: a funding scenario compiled against a book's base year into
// monthly lines (one amount per month of the horizon, exact cents), each
// knowing which drivers scale it. The exact projection sums the lines; the
// Monte Carlo rescales them in double per path; the sensitivity analysis
// recompiles with one driver moved.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cofinancing/cofinancing_rule.hpp"
#include "core/money.hpp"
#include "forecast/base_year_actuals.hpp"
#include "forecast/funding_scenario.hpp"

namespace comptoir::forecast {

// How a sampled driver value v (base b) rescales a line in year k (1-based).
enum class ScalingKind {
  Ratio,       // × v / b
  Complement,  // × (1 - v) / (1 - b): purchases under a margin rate
  Growth,      // × ((1 + v) / (1 + b))^k
};

struct Scaling {
  std::size_t driver = 0;
  ScalingKind kind = ScalingKind::Ratio;
};

struct ModelLine {
  std::size_t entity = 0;  // index into BaseYearActuals::entities
  bool resource = true;
  std::string category;
  std::string funder;         // who pays it ("" when nobody in particular)
  bool own = false;           // counts as own resources
  bool interco = false;       // eliminated from the combined view
  std::vector<Money> months;  // 12 × years amounts, rounded per year (half-up) then allocated to months
  std::vector<Scaling> scalings;
  std::optional<std::size_t> renewal;  // Bernoulli driver: months from renewal_month vanish unless renewed
  std::size_t renewal_month = 0;
  bool prestation = false;  // a prestations line: its co-financing split is not linear in the drivers
  int lag_days = 0;         // cash moves this many days after the month it is booked in
  bool running = true;      // already running in the base year (its tail there is paid in the horizon)
};

struct FundingModel {
  int base_year = 0;
  int years = 0;
  std::vector<ModelLine> lines;
  // What a Monte Carlo path needs to sell and split its own prestations:
  // their entity and the volume multiplier of each month (events).
  std::size_t prestation_entity = 0;
  std::vector<double> prestation_profile;
};

// Compiles `scenario` with driver `values` (one per driver, exact). Throws
// Error(InvalidInput) when the scenario names an entity without actuals.
[[nodiscard]] FundingModel build_funding_model(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                               const std::vector<CofinancingRule>& rules,
                                               const std::vector<Rational>& values);

// When a line's cash moves: its booked months (those from the renewal
// month left out when `lapsed`) shifted by its lag, 30 days a month and
// the remaining days' share, rounded half-up, on the month after; the
// parts of a month sum back to it. A running line's base year is taken to
// be its first projected year (unlapsed): its tail is paid in the horizon.
// What is due after the horizon is left out.
[[nodiscard]] std::vector<Money> cash_months(const ModelLine& line, bool lapsed);

// Whether a renewal driver's value means renewed (>= 1/2).
[[nodiscard]] inline bool renewed(const Rational& value) {
  return value * 2 >= 1;
}

}  // namespace comptoir::forecast
