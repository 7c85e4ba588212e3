// comptoir forecast compare A.toml B.toml ...: scenarios side by side and
// the chart series of their cash and results. Funding-mix scenarios: combined
// AT + RES figures per year from the book, Monte Carlo risk when runs are
// asked for. Café business plans (told apart by their content): key figures
// per plan year, no book opened. Files of both kinds are refused.
#include <optional>

#include "commands.hpp"
#include "core/error.hpp"
#include "forecast/funding_projection.hpp"
#include "forecast/monte_carlo.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast_support.hpp"
#include "reports/cafe_comparison.hpp"
#include "reports/forecast_base_year.hpp"
#include "reports/funding_tables.hpp"
#include "store/sqlite_cofinancing_store.hpp"

namespace comptoir::cli {
namespace {

struct ForecastCompareOptions {
  std::vector<std::string> files;
  int base_year = 0;
  std::int64_t runs = 0;  // no Monte Carlo unless asked
  std::int64_t seed = -1;
  int threads = 2;
  std::string lang;
};

// The kind shared by every file; a file of another kind is refused, named.
// A file that is not TOML takes the others' kind: its loader says why.
forecast::ScenarioKind common_kind(const std::vector<std::string>& files) {
  std::optional<forecast::ScenarioKind> kind;
  for (const auto& file : files) {
    const auto k = forecast::scenario_kind_of_file(file);
    if (!k) continue;
    if (kind && *k != *kind) {
      throw Error(ErrorKind::InvalidInput,
                  file + ": a " + (*k == forecast::ScenarioKind::Cafe ? "café" : "funding-mix") + " scenario among " +
                      (*kind == forecast::ScenarioKind::Cafe ? "café" : "funding-mix") +
                      " scenarios; compare files of one kind");
    }
    kind = k;
  }
  return kind.value_or(forecast::ScenarioKind::Funding);
}

// Café plans: pure computation from the files, no book.
void run_cafe_compare(const Context& ctx, const ForecastCompareOptions& o) {
  if (o.runs > 0 || o.base_year != 0 || o.seed >= 0) {
    throw Error(ErrorKind::InvalidInput, "--runs, --seed and --base-year apply to funding-mix scenarios only");
  }
  std::vector<forecast::CafePlanScenario> scenarios;
  for (const auto& file : o.files) scenarios.push_back(forecast::load_cafe_scenario(file));
  std::vector<forecast::CafePlan> plans;
  for (const auto& s : scenarios) plans.push_back(forecast::compute_cafe_plan(s));
  const Labels t = forecast_labels(ctx, o.lang);
  print_tables(ctx, cafe_comparison_tables(plans, t), t);
}

void run_forecast_compare(const Context& ctx, const ForecastCompareOptions& o) {
  if (common_kind(o.files) == forecast::ScenarioKind::Cafe) {
    run_cafe_compare(ctx, o);
    return;
  }
  // Every file is read before anything runs: a bad one stops the comparison.
  std::vector<forecast::FundingScenario> scenarios;
  for (const auto& file : o.files) {
    scenarios.push_back(forecast::load_funding_scenario(file));
    if (o.base_year != 0) scenarios.back().base_year = o.base_year;
  }
  auto store = ctx.open_for_read();
  const SqliteCofinancingStore cofinancing(*store);
  const auto rules = cofinancing.cofinancing_rules();
  std::vector<forecast::ScenarioOutcome> outcomes;
  for (const auto& s : scenarios) {
    const auto actuals = read_forecast_base_year(*store, cofinancing, s.base_year);
    forecast::ScenarioOutcome outcome{s.name, forecast::project_funding(s, actuals, rules), std::nullopt};
    if (o.runs > 0) {
      forecast::MonteCarloOptions mc{o.runs, o.seed >= 0 ? static_cast<std::uint64_t>(o.seed) : s.seed, o.threads,
                                     s.cash_threshold};
      outcome.monte_carlo = forecast::run_monte_carlo(s, actuals, rules, mc);
    }
    outcomes.push_back(std::move(outcome));
  }
  const Labels t = forecast_labels(ctx, o.lang);
  print_tables(ctx, funding_comparison_tables(outcomes, t), t);
}

}  // namespace

void register_forecast_compare(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ForecastCompareOptions>();
  auto* cmd = forecast_command_group(app)->add_subcommand(
      "compare",
      "Scenarios side by side (base and variants): funding mixes (needs --db) or café business plans, "
      "with chart series of cash and result");
  cmd->add_option("files", o->files, "Scenario files (TOML), the base first")->required()->check(CLI::ExistingFile);
  cmd->add_option(
         "--base-year", o->base_year,
         "Fiscal year of the book's actuals to start from, named by the year it ends in (default: each scenario's)")
      ->check(CLI::Range(2000, 2100));
  cmd->add_option("--runs", o->runs, "Monte Carlo paths per scenario (default 0: none)")
      ->check(CLI::Range(std::int64_t{0}, std::int64_t{1'000'000}));
  cmd->add_option("--seed", o->seed, "Monte Carlo seed (default: each scenario's)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--threads", o->threads, "Monte Carlo threads (default 2)")->check(CLI::Range(1, 64));
  cmd->add_option("--lang", o->lang, "Labels: fr or en (default: --locale)")->check(CLI::IsMember({"fr", "en"}));
  cmd->callback([&ctx, o] { run_forecast_compare(ctx, *o); });
}

}  // namespace comptoir::cli
