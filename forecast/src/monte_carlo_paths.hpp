// What a Monte Carlo path computes with (monte_carlo.cpp prepares them,
// monte_carlo_paths.cpp runs the paths): the prepared model, in double
// cents, and a path's running totals. Private to forecast.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cofinancing_pool.hpp"
#include "forecast/monte_carlo.hpp"
#include "funding_model.hpp"

namespace comptoir::forecast {

namespace monte_carlo_paths {

// One path's running totals, flat: net[scope][month], others [scope][year]; cents.
struct PathTotals {
  std::vector<double> net, resources, expenses, own, cofinancing;
};

struct PathLine {
  std::size_t scope = 0;  // entity index
  bool combined = true;   // also counted in the combined scope
  bool resource = true;
  bool own = false;
  std::vector<double> months;     // cents, signed: + resource, - expense
  std::vector<double> year_sums;  // cents per year, unsigned
  std::vector<Scaling> scalings;
  std::optional<std::size_t> renewal;
  std::size_t renewal_month = 0;
  int lag_days = 0;
  bool running = true;
};

// Moves `value` (cents) booked in `month` (negative: the base year) to the
// months its cash moves in, 30 days a month (cash_months in double).
struct Lag {
  explicit Lag(int days) : whole(days / 30), late(static_cast<double>(days % 30) / 30) {}
  std::ptrdiff_t whole;
  double late;

  void spill(double* net, std::size_t horizon, std::ptrdiff_t month, double value) const {
    const auto land = [&](std::ptrdiff_t at, double v) {
      if (at >= 0 && at < static_cast<std::ptrdiff_t>(horizon)) net[at] += v;
    };
    land(month + whole, value * (1 - late));
    if (late != 0) land(month + whole + 1, value * late);
  }
};

// The drivers' values of path `path` (each its own random stream) into `out`.
void draw_into(const std::vector<Driver>& drivers, const std::vector<double>& bases, std::uint64_t seed,
               std::uint64_t path, std::vector<double>& out);

}  // namespace monte_carlo_paths

struct PreparedMonteCarlo::Impl {
  std::vector<Driver> drivers;
  std::vector<double> bases;
  std::vector<std::string> scopes;   // entities, then combined
  std::vector<double> opening_cash;  // cents, per scope
  int years = 0;
  int base_year = 0;
  std::vector<monte_carlo_paths::PathLine> uncertain;
  // Lines no uncertain driver touches, summed once. Flat [scope][month]
  // and [scope][year] arrays, cents; fixed_cofinancing: the co-funders'
  // part of prestations that no path draws.
  std::vector<double> fixed_net, fixed_resources, fixed_expenses, fixed_own, fixed_cofinancing;
  // Prestations each path sells and splits itself, when a driver of
  // theirs (count, price, price growth, a pool's size) is uncertain.
  struct PrestationDrivers {
    std::size_t count, price, growth;
  };
  bool prestations_drawn = false;
  bool prestations_own = false;
  std::size_t prestation_entity = 0;
  std::vector<PrestationDrivers> prestation_types;
  std::vector<double> prestation_profile;
  std::vector<std::optional<std::size_t>> pool_drivers;  // per commune class, then the unflagged rest
  int prestation_days = 0, cofinancing_days = 0;         // cash terms of the communes and the co-funders
  bool types_add_up = false;                             // a month's types may be split at once (see the pool)
  std::optional<CofinancingPool> pool;

  void run_paths(const MonteCarloOptions& o, std::int64_t first, std::int64_t last, std::vector<double>& result,
                 std::vector<double>& cash, std::vector<double>& own, std::vector<double>& cofinancing,
                 std::vector<char>& below) const;
  // Adds path `x`'s prestations (revenue, co-funders' part) to `t`.
  void add_prestations(const std::vector<double>& x, monte_carlo_paths::PathTotals& t) const;
};

}  // namespace comptoir::forecast
