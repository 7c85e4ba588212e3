// The Monte Carlo paths themselves: draws, rescaled lines, prestations
// split by the co-financing pools, running totals (see monte_carlo.hpp).
#include "monte_carlo_paths.hpp"

#include <algorithm>
#include <cmath>

namespace comptoir::forecast {

namespace monte_carlo_paths {
namespace {

std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// A path's own stream: the state mixes the seed and the path index.
class PathRandom {
 public:
  PathRandom(std::uint64_t seed, std::uint64_t path) {
    std::uint64_t s = seed;
    state_ = splitmix64(s) ^ (path * 0xD1B54A32D192ED03ULL);
  }
  double uniform() { return static_cast<double>(splitmix64(state_) >> 11) * 0x1.0p-53; }

 private:
  std::uint64_t state_ = 0;
};

}  // namespace

void draw_into(const std::vector<Driver>& drivers, const std::vector<double>& bases, std::uint64_t seed,
               std::uint64_t path, std::vector<double>& out) {
  PathRandom random(seed, path);
  for (std::size_t d = 0; d < drivers.size(); ++d) {
    if (drivers[d].distribution.is_fixed()) {
      out[d] = bases[d];
      continue;
    }
    const double u1 = random.uniform();
    const double u2 = random.uniform();
    out[d] = drivers[d].distribution.sample(u1, u2);
  }
}

}  // namespace monte_carlo_paths

namespace {

using monte_carlo_paths::Lag;
using monte_carlo_paths::PathLine;
using monte_carlo_paths::PathTotals;

// A line's multiplier per year from the path's driver values.
void line_factors(const PathLine& line, const std::vector<double>& x, const std::vector<double>& bases,
                  std::vector<double>& factor) {
  std::fill(factor.begin(), factor.end(), 1.0);
  for (const auto& sc : line.scalings) {
    const double v = x[sc.driver], b = bases[sc.driver];
    if (sc.kind == ScalingKind::Ratio) {
      if (b != 0)
        for (auto& f : factor) f *= v / b;
    } else if (sc.kind == ScalingKind::Complement) {
      for (auto& f : factor) f *= (1 - v) / (1 - b);
    } else {
      const double g = (1 + v) / (1 + b);
      double power = 1;
      for (auto& f : factor) f *= (power *= g);
    }
  }
}

// Adds a rescaled line to its entity's totals and, unless interco, to the
// combined ones; months from `stop` on are left out (a lapsed renewal).
void add_line(const PathLine& line, const std::vector<double>& factor, std::size_t stop, std::size_t combined,
              PathTotals& t) {
  const std::size_t nyears = factor.size(), horizon = 12 * nyears;
  auto& totals = line.resource ? t.resources : t.expenses;
  const Lag lag(line.lag_days);
  if (line.lag_days != 0 && line.running) {  // the base year's tail, as the first projected year
    for (std::size_t scope : {line.scope, combined}) {
      if (scope == combined && !line.combined) continue;
      for (std::size_t m = 0; m < 12 && m < horizon; ++m)
        lag.spill(t.net.data() + scope * horizon, horizon, static_cast<std::ptrdiff_t>(m) - 12,
                  factor[0] * line.months[m]);
    }
  }
  for (std::size_t k = 0; k < nyears && 12 * k < stop; ++k) {
    const double f = factor[k];
    const std::size_t begin = 12 * k, end = std::min(begin + 12, stop);
    double year_sum = line.year_sums[k];
    if (end < begin + 12) {  // the agreement lapses within this year
      year_sum = 0;
      for (std::size_t i = begin; i < end; ++i) year_sum += line.resource ? line.months[i] : -line.months[i];
    }
    for (std::size_t scope : {line.scope, combined}) {
      if (scope == combined && !line.combined) continue;
      double* net = t.net.data() + scope * horizon;
      if (line.lag_days == 0) {
        for (std::size_t i = begin; i < end; ++i) net[i] += f * line.months[i];
      } else {
        for (std::size_t i = begin; i < end; ++i)
          lag.spill(net, horizon, static_cast<std::ptrdiff_t>(i), f * line.months[i]);
      }
      totals[scope * nyears + k] += f * year_sum;
      if (line.own) t.own[scope * nyears + k] += f * year_sum;
    }
  }
}

}  // namespace

void PreparedMonteCarlo::Impl::add_prestations(const std::vector<double>& x, PathTotals& t) const {
  const std::size_t nyears = static_cast<std::size_t>(years), horizon = 12 * nyears, combined = scopes.size() - 1;
  std::vector<double> sizes;
  for (const auto& d : pool_drivers) sizes.push_back(d ? x[*d] : 0.0);
  CofinancingPool::Run<double> run(*pool, sizes);
  std::vector<double> parts(pool->funders().size());
  std::vector<double> growth(prestation_types.size() * nyears);
  for (std::size_t p = 0; p < prestation_types.size(); ++p) {
    double g = 1;
    for (std::size_t k = 0; k < nyears; ++k) growth[p * nyears + k] = (g *= 1 + x[prestation_types[p].growth]);
  }
  // Months whose split adds up (same year, same rules) are split at once:
  // a path costs a few splits a year, not one per month and type. The
  // co-funders' part of such months is spread over them as the sales are
  // (their cash moves at the communes' terms: the same sum).
  std::vector<double> sold(horizon, 0.0), funded(horizon, 0.0);
  for (std::size_t first = 0; first < horizon;) {
    std::size_t last = first + 1;
    // Unless the communes and the co-funders pay at different terms: then
    // when a cap binds within the year moves cash, and months go one by one.
    while (last < horizon && prestation_days == cofinancing_days && pool->same_split(first, last)) ++last;
    const std::size_t k = first / 12;
    double part_sum = 0, sold_sum = 0, merged_revenue = 0, merged_count = 0;
    for (std::size_t p = 0; p < prestation_types.size(); ++p) {
      const auto& d = prestation_types[p];
      const double price = x[d.price] * growth[p * nyears + k];
      double count = 0;
      for (std::size_t i = first; i < last; ++i) {
        const double c = x[d.count] / 12 * prestation_profile[i];
        count += c;
        sold[i] += 100 * c * price;  // cents, as every path total
      }
      if (types_add_up) {
        merged_revenue += count * price;
        merged_count += count;
        continue;
      }
      std::fill(parts.begin(), parts.end(), 0.0);
      run.split(first, count * price, count, parts);
      for (double part : parts) part_sum += 100 * part;
    }
    if (types_add_up) {
      std::fill(parts.begin(), parts.end(), 0.0);
      run.split(first, merged_revenue, merged_count, parts);
      for (double part : parts) part_sum += 100 * part;
    }
    for (std::size_t i = first; i < last; ++i) sold_sum += sold[i];
    for (std::size_t i = first; i < last && sold_sum > 0; ++i) funded[i] = part_sum * sold[i] / sold_sum;
    for (std::size_t scope : {prestation_entity, combined}) {
      for (std::size_t i = first; i < last; ++i) {
        t.resources[scope * nyears + k] += sold[i];
        if (prestations_own) t.own[scope * nyears + k] += sold[i];
      }
      t.cofinancing[scope * nyears + k] += part_sum;
    }
    first = last;
  }
  // Cash: the communes' part and the co-funders' at their terms, the base
  // year's tail as the first projected year (cash_months).
  const Lag communes(prestation_days), funders(cofinancing_days);
  for (std::size_t scope : {prestation_entity, combined}) {
    double* net = t.net.data() + scope * horizon;
    for (std::ptrdiff_t i = -12; i < static_cast<std::ptrdiff_t>(horizon); ++i) {
      const std::size_t at = i < 0 ? static_cast<std::size_t>(i + 12) : static_cast<std::size_t>(i);
      if (i < 0 && prestation_days == 0 && cofinancing_days == 0) continue;
      if (i < 0 && at >= horizon) continue;
      const double rest = sold[at] - funded[at];
      if (i >= 0 || prestation_days != 0) communes.spill(net, horizon, i, rest);
      if (i >= 0 || cofinancing_days != 0) funders.spill(net, horizon, i, funded[at]);
    }
  }
}

// Outputs are laid out [scope][year][path].
void PreparedMonteCarlo::Impl::run_paths(const MonteCarloOptions& o, std::int64_t first, std::int64_t last,
                                         std::vector<double>& result, std::vector<double>& cash,
                                         std::vector<double>& own, std::vector<double>& cofinancing,
                                         std::vector<char>& below) const {
  const std::size_t nscopes = scopes.size(), nyears = static_cast<std::size_t>(years), horizon = 12 * nyears;
  const auto runs = static_cast<std::size_t>(o.runs);
  const auto threshold = static_cast<double>(o.cash_threshold.cents());
  std::vector<double> x(drivers.size()), factor(nyears);
  PathTotals t;
  for (std::int64_t path = first; path < last; ++path) {
    monte_carlo_paths::draw_into(drivers, bases, o.seed, static_cast<std::uint64_t>(path), x);
    t.net = fixed_net;
    t.resources = fixed_resources;
    t.expenses = fixed_expenses;
    t.own = fixed_own;
    t.cofinancing = fixed_cofinancing;
    if (prestations_drawn) add_prestations(x, t);
    for (const auto& line : uncertain) {
      line_factors(line, x, bases, factor);
      const std::size_t stop = line.renewal && x[*line.renewal] < 0.5 ? line.renewal_month : horizon;
      add_line(line, factor, stop, nscopes - 1, t);
    }
    for (std::size_t s = 0; s < nscopes; ++s) {
      double c = opening_cash[s];
      for (std::size_t k = 0; k < nyears; ++k) {
        bool dipped = false;
        for (std::size_t m = 0; m < 12; ++m) {
          c += t.net[s * horizon + 12 * k + m];
          dipped = dipped || c < threshold;
        }
        const std::size_t at = (s * nyears + k) * runs + static_cast<std::size_t>(path);
        const double r = t.resources[s * nyears + k];
        result[at] = r - t.expenses[s * nyears + k];
        cash[at] = c;
        own[at] = r > 0 ? t.own[s * nyears + k] / r : 0.0;
        cofinancing[at] = t.cofinancing[s * nyears + k];
        below[at] = dipped ? 1 : 0;
      }
    }
  }
}

}  // namespace comptoir::forecast
