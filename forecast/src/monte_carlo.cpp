// Monte Carlo paths over a compiled funding model. Internally in double
// (cents); lines that no uncertain driver touches are summed once. Results
// come back to Money by rounding cents half away from zero (std::llround).
#include "forecast/monte_carlo.hpp"

#include <algorithm>
#include <cmath>
#include <thread>

#include "core/error.hpp"
#include "forecast/funding_projection.hpp"
#include "monte_carlo_paths.hpp"

namespace comptoir::forecast {
namespace {

using monte_carlo_paths::PathLine;

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

}  // namespace

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
  const auto years = static_cast<std::size_t>(m.years);
  const std::size_t scopes = m.scopes.size(), horizon = 12 * years;
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
  monte_carlo_paths::draw_into(drivers, bases, seed, path, out);
  return out;
}

}  // namespace comptoir::forecast
