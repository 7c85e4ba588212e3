// comptoir forecast funding FILE.toml: a funding-mix scenario projected from
// the book's base-year actuals (per association and combined), its Monte
// Carlo bands and its tornado analysis, as text, CSV or JSON tables.
#include "commands.hpp"
#include "forecast/funding_projection.hpp"
#include "forecast/monte_carlo.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast/sensitivity.hpp"
#include "forecast_support.hpp"
#include "render/report_charts.hpp"
#include "reports/forecast_base_year.hpp"
#include "reports/funding_tables.hpp"
#include "store/sqlite_cofinancing_store.hpp"

namespace comptoir::cli {
namespace {

struct ForecastFundingOptions {
  std::string file;
  int base_year = 0;       // 0: the scenario's
  std::int64_t runs = -1;  // -1: the scenario's; 0: no Monte Carlo
  std::int64_t seed = -1;
  int threads = 2;
  std::string lang;
  std::string table = "all";
};

void run_forecast_funding(const Context& ctx, const ForecastFundingOptions& o) {
  forecast::FundingScenario scenario = forecast::load_funding_scenario(o.file);
  if (o.base_year != 0) scenario.base_year = o.base_year;
  auto store = ctx.open_for_read();
  const SqliteCofinancingStore cofinancing(*store);
  const forecast::BaseYearActuals actuals = read_forecast_base_year(*store, cofinancing, scenario.base_year);
  const auto rules = cofinancing.cofinancing_rules();
  const Labels t = forecast_labels(ctx, o.lang);

  std::vector<TableData> tables;
  const auto projection = forecast::project_funding(scenario, actuals, rules);
  const bool all = o.table == "all";
  for (const auto& scope : projection.scopes) {
    if (all || o.table == "projection") tables.push_back(funding_projection_table(scope, t));
    if (o.table == "series") tables.push_back(resource_mix_table(scope, t));
  }
  const std::int64_t runs = o.runs >= 0 ? o.runs : scenario.runs;
  std::optional<forecast::MonteCarloResult> monte_carlo;
  if ((all || o.table == "monte-carlo") && runs > 0) {
    const forecast::MonteCarloOptions mc{runs, o.seed >= 0 ? static_cast<std::uint64_t>(o.seed) : scenario.seed,
                                         o.threads, scenario.cash_threshold};
    monte_carlo = forecast::run_monte_carlo(scenario, actuals, rules, mc);
    for (const auto& scope : monte_carlo->scopes) tables.push_back(monte_carlo_table(scope, mc, t));
  }
  // HTML and PDF: per scope its cash and result, the projection's line and
  // the Monte Carlo's band, after the projection and Monte Carlo tables.
  std::vector<PlacedChart> charts;
  if (ctx.draws_charts() && (all || o.table == "projection" || o.table == "monte-carlo")) {
    for (std::size_t i = 0; i < projection.scopes.size(); ++i) {
      const auto* bands = monte_carlo ? &monte_carlo->scopes.at(i) : nullptr;
      for (auto& chart : funding_charts(funding_chart_data(projection.scopes[i], bands, t), t)) {
        charts.push_back({tables.size(), std::move(chart)});
      }
    }
  }
  if (all || o.table == "sensitivity") {
    tables.push_back(sensitivity_table(forecast::compute_sensitivity(scenario, actuals, rules), t));
  }
  ctx.write_tables(tables, t, charts);
}

}  // namespace

void register_forecast_funding(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ForecastFundingOptions>();
  auto* cmd = forecast_command_group(app)->add_subcommand(
      "funding",
      "Funding-mix scenario for AT and RES projected from the book's base year: resources by source, expenses, "
      "result, cash, own-resources share, largest funder; Monte Carlo bands; tornado sensitivity");
  cmd->add_option("file", o->file, "Scenario file (TOML), e.g. forecast/scenarios/funding-base.toml")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option(
         "--base-year", o->base_year,
         "Fiscal year of the book's actuals to start from, named by the year it ends in (default: the scenario's)")
      ->check(CLI::Range(2000, 2100));
  cmd->add_option("--runs", o->runs, "Monte Carlo paths (default: the scenario's, 10000; 0 skips the Monte Carlo)")
      ->check(CLI::Range(std::int64_t{0}, std::int64_t{1'000'000}));
  cmd->add_option("--seed", o->seed, "Monte Carlo seed (default: the scenario's); same seed, same figures")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--threads", o->threads, "Monte Carlo threads (default 2; figures do not depend on it)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("--lang", o->lang, "Labels: fr or en (default: --locale)")->check(CLI::IsMember({"fr", "en"}));
  cmd->add_option("--table", o->table, "all (default), projection, monte-carlo, sensitivity or series")
      ->check(CLI::IsMember({"all", "projection", "monte-carlo", "sensitivity", "series"}));
  cmd->callback([&ctx, o] { run_forecast_funding(ctx, *o); });
}

}  // namespace comptoir::cli
