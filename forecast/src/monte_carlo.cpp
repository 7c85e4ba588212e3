// Monte Carlo paths over a compiled funding model. Internally in double
// (cents); lines that no uncertain driver touches are summed once. Results
// come back to Money by rounding cents half away from zero (std::llround).
#include "forecast/monte_carlo.hpp"

#include <algorithm>
#include <cmath>
#include <thread>

#include "cofinancing_pool.hpp"
#include "core/error.hpp"
#include "forecast/funding_projection.hpp"
#include "funding_model.hpp"

namespace comptoir::forecast {
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

Money cents(double value) {
  return Money::from_cents(std::llround(value));
}

// Nearest-rank percentile of `values` (reordered).
double percentile(std::vector<double>& values, double q) {
  auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(values.size())));
  rank = std::clamp<std::size_t>(rank, 1, values.size()) - 1;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(rank), values.end());
  return values[rank];
}

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

}  // namespace

struct PreparedMonteCarlo::Impl {
  std::vector<Driver> drivers;
  std::vector<double> bases;
  std::vector<std::string> scopes;   // entities, then combined
  std::vector<double> opening_cash;  // cents, per scope
  int years = 0;
  int base_year = 0;
  std::vector<PathLine> uncertain;
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
  void add_prestations(const std::vector<double>& x, PathTotals& t) const;
};

namespace {

bool uncertain_driver(const std::vector<Driver>& drivers, std::size_t d) {
  return !drivers[d].distribution.is_fixed();
}

bool is_uncertain(const ModelLine& line, const std::vector<Driver>& drivers) {
  if (line.renewal && !drivers[*line.renewal].distribution.is_fixed()) return true;
  return std::any_of(line.scalings.begin(), line.scalings.end(),
                     [&](const Scaling& s) { return !drivers[s.driver].distribution.is_fixed(); });
}

}  // namespace

PreparedMonteCarlo::PreparedMonteCarlo(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                       const std::vector<CofinancingRule>& rules)
    : impl_(std::make_unique<Impl>()) {
  const std::vector<Rational> values = scenario.base_values();
  const FundingModel model = build_funding_model(scenario, actuals, rules, values);
  Impl& m = *impl_;
  m.drivers = scenario.drivers;
  for (const auto& v : values) m.bases.push_back(v.convert_to<double>());
  for (const auto& e : actuals.entities) {
    m.scopes.push_back(e.entity);
    m.opening_cash.push_back(static_cast<double>(e.year_end_cash.cents()));
  }
  m.scopes.emplace_back(combined_scope);
  m.opening_cash.push_back(static_cast<double>(actuals.combined.year_end_cash.cents()));
  m.years = scenario.years;
  m.base_year = scenario.base_year;
  const std::size_t scopes = m.scopes.size(), horizon = static_cast<std::size_t>(12 * m.years);
  const auto years = static_cast<std::size_t>(m.years);
  m.fixed_net.assign(scopes * horizon, 0.0);
  m.fixed_resources.assign(scopes * years, 0.0);
  m.fixed_expenses.assign(scopes * years, 0.0);
  m.fixed_own.assign(scopes * years, 0.0);
  m.fixed_cofinancing.assign(scopes * years, 0.0);
  for (const auto& p : scenario.prestations) {
    m.prestation_types.push_back({p.count, p.price, p.price_growth});
    for (std::size_t d : {p.count, p.price, p.price_growth}) m.prestations_drawn |= uncertain_driver(m.drivers, d);
  }
  for (const auto& k : scenario.commune_classes) {
    m.pool_drivers.push_back(k.communes);
    if (k.communes) m.prestations_drawn |= uncertain_driver(m.drivers, *k.communes);
  }
  m.pool_drivers.emplace_back(std::nullopt);
  if (m.prestations_drawn) {
    m.prestation_entity = model.prestation_entity;
    m.prestation_profile = model.prestation_profile;
    m.prestations_own = std::find(scenario.own_categories.begin(), scenario.own_categories.end(), "prestations") !=
                        scenario.own_categories.end();
    m.pool.emplace(scenario, actuals, rules, scenario.base_year, horizon);
    m.prestation_days = scenario.cash.prestation_days;
    m.cofinancing_days = scenario.cash.cofinancing_days;
    m.types_add_up = m.pool->types_add_up();
  }
  for (const auto& line : model.lines) {
    if (line.prestation && m.prestations_drawn) continue;  // each path sells its own
    if (line.prestation && !line.funder.empty()) {
      for (std::size_t i = 0; i < horizon; ++i) {
        const auto v = static_cast<double>(line.months[i].cents());
        m.fixed_cofinancing[line.entity * years + i / 12] += v;
        m.fixed_cofinancing[(scopes - 1) * years + i / 12] += v;
      }
    }
    if (is_uncertain(line, m.drivers)) {
      PathLine p{
          line.entity,   !line.interco, line.resource,      line.own,      {},          std::vector<double>(years, 0.0),
          line.scalings, line.renewal,  line.renewal_month, line.lag_days, line.running};
      for (std::size_t i = 0; i < horizon; ++i) {
        const auto v = static_cast<double>(line.months[i].cents());
        p.months.push_back(line.resource ? v : -v);
        p.year_sums[i / 12] += v;
      }
      m.uncertain.push_back(std::move(p));
      continue;
    }
    const bool lapsed = line.renewal && !renewed(values[*line.renewal]);
    const std::vector<Money> moved = cash_months(line, lapsed);  // as the exact projection
    for (std::size_t i = 0; i < horizon; ++i) {
      const auto c = static_cast<double>(moved[i].cents());
      for (std::size_t s : {line.entity, scopes - 1}) {
        if (s == scopes - 1 && line.interco) continue;
        m.fixed_net[s * horizon + i] += line.resource ? c : -c;
      }
    }
    for (std::size_t i = 0; i < horizon; ++i) {
      if (lapsed && i >= line.renewal_month) continue;
      const auto v = static_cast<double>(line.months[i].cents());
      for (std::size_t s : {line.entity, scopes - 1}) {
        if (s == scopes - 1 && line.interco) continue;
        (line.resource ? m.fixed_resources : m.fixed_expenses)[s * years + i / 12] += v;
        if (line.own) m.fixed_own[s * years + i / 12] += v;
      }
    }
  }
}

PreparedMonteCarlo::~PreparedMonteCarlo() = default;
PreparedMonteCarlo::PreparedMonteCarlo(PreparedMonteCarlo&&) noexcept = default;
PreparedMonteCarlo& PreparedMonteCarlo::operator=(PreparedMonteCarlo&&) noexcept = default;

namespace {

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
    draw_into(drivers, bases, o.seed, static_cast<std::uint64_t>(path), x);
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

MonteCarloResult PreparedMonteCarlo::run(const MonteCarloOptions& o) const {
  if (o.runs < 1) throw Error(ErrorKind::InvalidInput, "Monte Carlo needs at least one run");
  if (o.threads < 1) throw Error(ErrorKind::InvalidInput, "Monte Carlo needs at least one thread");
  const Impl& m = *impl_;
  const std::size_t scopes = m.scopes.size(), nyears = static_cast<std::size_t>(m.years);
  const auto runs = static_cast<std::size_t>(o.runs);
  std::vector<double> result(scopes * nyears * runs), cash(result.size()), own(result.size()),
      cofinancing(result.size());
  std::vector<char> below(result.size());
  const auto threads = static_cast<std::int64_t>(std::min<std::int64_t>(o.threads, o.runs));
  std::vector<std::thread> workers;
  for (std::int64_t t = 1; t < threads; ++t) {
    workers.emplace_back([&, t] {
      m.run_paths(o, o.runs * t / threads, o.runs * (t + 1) / threads, result, cash, own, cofinancing, below);
    });
  }
  m.run_paths(o, 0, o.runs / threads, result, cash, own, cofinancing, below);
  for (auto& w : workers) w.join();

  MonteCarloResult out{o, {}};
  for (std::size_t s = 0; s < scopes; ++s) {
    MonteCarloScope scope{m.scopes[s], {}};
    for (std::size_t k = 0; k < nyears; ++k) {
      const auto begin = static_cast<std::ptrdiff_t>((s * nyears + k) * runs);
      const auto end = begin + static_cast<std::ptrdiff_t>(runs);
      std::vector<double> r(result.begin() + begin, result.begin() + end);
      std::vector<double> c(cash.begin() + begin, cash.begin() + end);
      std::vector<double> w(own.begin() + begin, own.begin() + end);
      std::vector<double> f(cofinancing.begin() + begin, cofinancing.begin() + end);
      MonteCarloYear y;
      y.year = m.base_year + 1 + static_cast<int>(k);
      y.runs = o.runs;
      y.deficits = std::count_if(r.begin(), r.end(), [](double v) { return std::llround(v) < 0; });
      y.below_threshold = std::count(below.begin() + begin, below.begin() + end, 1);
      y.result = {cents(percentile(r, 0.05)), cents(percentile(r, 0.5)), cents(percentile(r, 0.95))};
      y.cash = {cents(percentile(c, 0.05)), cents(percentile(c, 0.5)), cents(percentile(c, 0.95))};
      y.own_share = {percentile(w, 0.05), percentile(w, 0.5), percentile(w, 0.95)};
      y.cofinancing = {cents(percentile(f, 0.05)), cents(percentile(f, 0.5)), cents(percentile(f, 0.95))};
      scope.years.push_back(y);
    }
    out.scopes.push_back(std::move(scope));
  }
  return out;
}

const MonteCarloScope& MonteCarloResult::scope(const std::string& name) const {
  for (const auto& s : scopes) {
    if (s.scope == name) return s;
  }
  throw Error(ErrorKind::NotFound, "no Monte Carlo figures for '" + name + "'");
}

MonteCarloResult run_monte_carlo(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                 const std::vector<CofinancingRule>& rules, const MonteCarloOptions& options) {
  return PreparedMonteCarlo(scenario, actuals, rules).run(options);
}

std::vector<double> draw_drivers(const std::vector<Driver>& drivers, std::uint64_t seed, std::uint64_t path) {
  std::vector<double> bases, out(drivers.size());
  for (const auto& d : drivers) bases.push_back(d.base.convert_to<double>());
  draw_into(drivers, bases, seed, path, out);
  return out;
}

}  // namespace comptoir::forecast
