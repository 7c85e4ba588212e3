// Monte Carlo: reproducible from a seed whatever the thread count, draws
// that match their distributions, bands that bracket the deterministic
// projection, and a tornado sorted by swing.
#include "forecast/monte_carlo.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

#include "forecast/funding_projection.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast/sensitivity.hpp"
#include "forecast_test_support.hpp"
#include "funding_test_support.hpp"

namespace comptoir::forecast {
namespace {

FundingScenario base_scenario() {
  return load_funding_scenario(testing::scenario_dir() + "/funding-base.toml");
}

bool same(const MonteCarloResult& a, const MonteCarloResult& b) {
  if (a.scopes.size() != b.scopes.size()) return false;
  for (std::size_t s = 0; s < a.scopes.size(); ++s) {
    for (std::size_t k = 0; k < a.scopes[s].years.size(); ++k) {
      const auto& x = a.scopes[s].years[k];
      const auto& y = b.scopes[s].years[k];
      if (x.result.p5 != y.result.p5 || x.result.p50 != y.result.p50 || x.result.p95 != y.result.p95 ||
          x.cash.p5 != y.cash.p5 || x.cash.p95 != y.cash.p95 || x.own_share.p50 != y.own_share.p50 ||
          x.deficits != y.deficits || x.below_threshold != y.below_threshold) {
        return false;
      }
    }
  }
  return true;
}

TEST(MonteCarlo, SameSeedSameFiguresWhateverTheThreads) {
  const PreparedMonteCarlo mc(base_scenario(), testing::demo_actuals(), default_cofinancing_rules());
  MonteCarloOptions o{2000, 7, 1, Money::parse("50000")};
  const auto one = mc.run(o);
  o.threads = 2;
  const auto two = mc.run(o);
  o.threads = 3;
  const auto three = mc.run(o);
  EXPECT_TRUE(same(one, two));
  EXPECT_TRUE(same(one, three));
  o.seed = 8;
  EXPECT_FALSE(same(one, mc.run(o)));
}

TEST(MonteCarlo, SampleMeansMatchTheDistributions) {
  std::vector<Driver> drivers;
  auto add = [&](Distribution d) {
    drivers.push_back({"d", "d", "d", Rational(1), d, d.kind == DistributionKind::Bernoulli});
  };
  add({DistributionKind::Normal, 100, 15, 0});
  add({DistributionKind::LogNormal, 42000, 8000, 0});
  add({
      DistributionKind::Triangular,
      15,
      21,
      30,
  });
  add({DistributionKind::Uniform, 25000, 46200, 0});
  add({DistributionKind::Bernoulli, 0.85, 0, 0});
  const int n = 40000;
  std::vector<double> sum(drivers.size()), sum_sq(drivers.size());
  for (int path = 0; path < n; ++path) {
    const auto x = draw_drivers(drivers, 2025, static_cast<std::uint64_t>(path));
    for (std::size_t d = 0; d < drivers.size(); ++d) {
      sum[d] += x[d];
      sum_sq[d] += x[d] * x[d];
    }
  }
  for (std::size_t d = 0; d < drivers.size(); ++d) {
    const double mean = sum[d] / n;
    const double sd = std::sqrt(sum_sq[d] / n - mean * mean);
    // Within 4 standard errors of the distribution's mean.
    EXPECT_NEAR(mean, drivers[d].distribution.mean(), 4 * sd / std::sqrt(n)) << "driver " << d;
  }
  // The lognormal's spread is the one asked for.
  EXPECT_NEAR(std::sqrt(sum_sq[1] / n - std::pow(sum[1] / n, 2)), 8000, 250);
}

TEST(MonteCarlo, QuantilesInvertTheDistributions) {
  const Distribution normal{DistributionKind::Normal, 100, 10, 0};
  EXPECT_NEAR(normal.quantile(0.05), 100 - 16.4485, 1e-3);
  const Distribution tri{DistributionKind::Triangular, 0, 0, 1};
  EXPECT_NEAR(tri.quantile(0.75), 0.5, 1e-12);
  const Distribution bern{DistributionKind::Bernoulli, 0.8, 0, 0};
  EXPECT_EQ(bern.quantile(0.1), 0.0);
  EXPECT_EQ(bern.quantile(0.5), 1.0);
}

TEST(MonteCarlo, FixedDriversReproduceTheExactProjection) {
  FundingScenario s = base_scenario();
  for (auto& d : s.drivers) {
    if (!d.renewal)
      d.distribution = {DistributionKind::Fixed, d.base.convert_to<double>(), 0, 0};
    else
      d.distribution = {DistributionKind::Bernoulli, d.base >= Rational(1, 2) ? 1.0 : 0.0, 0, 0};
  }
  const auto actuals = testing::demo_actuals();
  const auto exact = project_funding(s, actuals, default_cofinancing_rules());
  const auto mc = run_monte_carlo(s, actuals, default_cofinancing_rules(), {50, 3, 2, Money()});
  for (std::size_t sc = 0; sc < exact.scopes.size(); ++sc) {
    for (std::size_t k = 0; k < mc.scopes[sc].years.size(); ++k) {
      const auto& e = exact.scopes[sc].years[k + 1];
      const auto& m = mc.scopes[sc].years[k];
      EXPECT_EQ(m.result.p5, e.result()) << exact.scopes[sc].scope << " " << e.year;
      EXPECT_EQ(m.result.p95, e.result());
      EXPECT_EQ(m.cash.p50, e.year_end_cash);
      EXPECT_EQ(m.deficits, e.result().is_negative() ? 50 : 0);
    }
  }
}

// Prestations drawn without spread: each path sells and splits them itself
// and moves their cash at the scenario's terms, as the exact projection does
// (to the cent per month but for rounding).
TEST(MonteCarlo, DrawnPrestationsMoveCashAsTheProjection) {
  const FundingScenario s = parse_funding_scenario(testing::scenario_head() + R"(
[[prestations]]
type = "feasibility"
count = { dist = "normal", mean = 16, sd = 0 }
price = "3000"
price_growth = "5%"
[[commune_classes]]
flags = ["villages-d-avenir"]
share = "100%"
communes = 3
[cash]
prestation_days = 45
cofinancing_days = 120
supplier_days = 30
)",
                                                   "t.toml");
  const auto actuals = testing::demo_actuals();
  const auto exact = project_funding(s, actuals, default_cofinancing_rules());
  const auto mc = run_monte_carlo(s, actuals, default_cofinancing_rules(), {20, 3, 2, Money()});
  for (std::size_t k = 0; k < 3; ++k) {
    const auto& e = exact.scope("AT").years[k + 1];
    const auto& m = mc.scope("AT").years[k];
    EXPECT_LE(std::llabs((m.cash.p50 - e.year_end_cash).cents()), 5) << e.year;
    EXPECT_LE(std::llabs((m.result.p50 - e.result()).cents()), 5) << e.year;
    // The first year runs as the base year is taken to have; then sales
    // grow and caps bind: cash lags the result.
    if (k > 0) {
      EXPECT_NE(e.year_end_cash - exact.scope("AT").years[k].year_end_cash, e.result()) << e.year;
    }
  }
}

TEST(MonteCarlo, BandsAreOrderedAndBracketTheBase) {
  const auto actuals = testing::demo_actuals();
  const FundingScenario s = base_scenario();
  const auto mc = run_monte_carlo(s, actuals, default_cofinancing_rules(), {4000, 11, 2, Money::parse("50000")});
  for (const auto& scope : mc.scopes) {
    for (const auto& y : scope.years) {
      EXPECT_LE(y.result.p5, y.result.p50);
      EXPECT_LE(y.result.p50, y.result.p95);
      EXPECT_LE(y.cash.p5, y.cash.p95);
      EXPECT_LE(y.own_share.p5, y.own_share.p95);
      EXPECT_GE(y.deficits, 0);
      EXPECT_LE(y.deficits, 4000);
    }
  }
  const auto exact = project_funding(s, actuals, default_cofinancing_rules());
  const auto& first = mc.scope("ALL").years.front();
  EXPECT_LE(first.result.p5, exact.scope("ALL").years[1].result());
  EXPECT_GE(first.result.p95, exact.scope("ALL").years[1].result());
}

// Two Villages d'avenir communes buy 8 to 30 studies of 3,000 a year (16
// in the exact projection): BDT pays half, at most 10,000 per commune over
// the years. Each path splits its own volume: the first year's part never
// exceeds the two caps (rescaling the exact split gave up to 20,000 × 30/16),
// and a path that sells fewer than 13.3 (16 % of them) still has cap left
// the next year (the exact split, 0 that year, rescaled to 0); with 8, each
// commune gets 6,000, then 4,000.
TEST(MonteCarlo, EachPathSplitsItsOwnPrestationsWithinTheCaps) {
  const FundingScenario s = parse_funding_scenario(testing::scenario_head() + R"(
[[prestations]]
type = "feasibility"
count = { dist = "triangular", min = 8, mode = 16, max = 30 }
price = "3000"
[[commune_classes]]
flags = ["villages-d-avenir"]
share = "100%"
communes = 2
)",
                                                   "t.toml");
  const auto actuals = testing::demo_actuals();
  const auto exact = project_funding(s, actuals, default_cofinancing_rules());
  EXPECT_EQ(exact.scope("AT").years[1].largest_funder_amount, Money::parse("20000"));
  const auto mc = run_monte_carlo(s, actuals, default_cofinancing_rules(), {2000, 7, 2, Money()});
  const auto& at = mc.scope("AT").years;
  EXPECT_EQ(at[0].cofinancing.p95, Money::parse("20000"));
  EXPECT_LT(at[0].cofinancing.p5, Money::parse("20000"));
  EXPECT_GT(at[1].cofinancing.p95, Money());
  EXPECT_LE(at[1].cofinancing.p95, Money::parse("8000"));
  EXPECT_EQ(at[2].cofinancing.p95, Money());
  // The volumes still move the result: the communes pay what BDT does not.
  EXPECT_GT(at[0].result.p95 - at[0].result.p5, Money::parse("30000"));
  EXPECT_EQ(mc.scope("RES").years[0].cofinancing.p95, Money());
}

// A pool's size may be uncertain too: with one commune, one cap.
TEST(MonteCarlo, DrawsThePoolsSize) {
  const FundingScenario s = parse_funding_scenario(testing::scenario_head() + R"(
[[prestations]]
type = "feasibility"
count = 16
price = "3000"
[[commune_classes]]
flags = ["villages-d-avenir"]
share = "100%"
communes = { dist = "uniform", min = 1, max = 4 }
)",
                                                   "t.toml");
  const auto mc = run_monte_carlo(s, testing::demo_actuals(), default_cofinancing_rules(), {2000, 5, 2, Money()});
  const auto& y = mc.scope("AT").years[0];
  EXPECT_LT(y.cofinancing.p5, Money::parse("12000"));   // about one commune: 10,000
  EXPECT_GT(y.cofinancing.p95, Money::parse("23000"));  // about four: 24,000, half the sales
  // A size drawn below one (a normal truncated at 0) counts as one commune.
  const FundingScenario t = parse_funding_scenario(testing::scenario_head() + R"(
[[prestations]]
type = "feasibility"
count = 16
price = "3000"
[[commune_classes]]
flags = ["villages-d-avenir"]
share = "100%"
communes = { dist = "normal", mean = 1, sd = 3 }
)",
                                                   "t.toml");
  const auto small = run_monte_carlo(t, testing::demo_actuals(), default_cofinancing_rules(), {500, 5, 2, Money()});
  EXPECT_EQ(small.scope("AT").years[0].cofinancing.p5, Money::parse("10000"));
}

TEST(Sensitivity, RowsSortedBySwingWithRenewalsAtZeroAndOne) {
  const FundingScenario s = base_scenario();
  const auto a = compute_sensitivity(s, testing::demo_actuals(), default_cofinancing_rules());
  EXPECT_EQ(a.year, 2030);
  ASSERT_FALSE(a.rows.empty());
  for (std::size_t i = 1; i < a.rows.size(); ++i) EXPECT_GE(a.rows[i - 1].swing(), a.rows[i].swing());
  bool saw_renewal = false;
  for (const auto& r : a.rows) {
    EXPECT_LE(r.low, r.high) << r.key;
    if (r.key == "funding[6].renewal") {  // ANCT, 150,000 a year from 2027
      saw_renewal = true;
      EXPECT_EQ(r.low, 0);
      EXPECT_EQ(r.high, 1);
      EXPECT_EQ(r.at_high - r.at_low, Money::parse("600000"));
    }
  }
  EXPECT_TRUE(saw_renewal);
}

TEST(Sensitivity, RowsCarryTheirDriversUnits) {
  const auto a = compute_sensitivity(base_scenario(), testing::demo_actuals(), default_cofinancing_rules());
  const auto unit_of = [&](const std::string& key) {
    for (const auto& r : a.rows) {
      if (r.key == key) return r.unit;
    }
    ADD_FAILURE() << "no row " << key;
    return DriverUnit::Count;
  };
  EXPECT_EQ(unit_of("prestations[1].count"), DriverUnit::Count);
  EXPECT_EQ(unit_of("tours[1].takings_per_date"), DriverUnit::Amount);
  EXPECT_EQ(unit_of("tours[1].margin"), DriverUnit::Rate);
  EXPECT_EQ(unit_of("funding[6].renewal"), DriverUnit::Rate);
  EXPECT_EQ(unit_of("inflation"), DriverUnit::Rate);
}

}  // namespace
}  // namespace comptoir::forecast
