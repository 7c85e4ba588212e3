// comptoir forecast cafe FILE.toml: the café business plan (budget
// prévisionnel) of a scenario file, printed as text, CSV or JSON tables.
// Pure computation: no book is opened.
#include "commands.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast_support.hpp"
#include "reports/cafe_plan_tables.hpp"

namespace comptoir::cli {
namespace {

struct ForecastCafeOptions {
  std::string file;
  int years = 0;  // 0: as in the scenario
  std::string lang;
  std::string table = "summary";
};

void run_forecast_cafe(const Context& ctx, const ForecastCafeOptions& o) {
  forecast::CafePlanScenario scenario = forecast::load_cafe_scenario(o.file);
  if (o.years != 0) scenario.years = o.years;
  const Labels t = forecast_labels(ctx, o.lang);
  print_tables(ctx, cafe_plan_tables(forecast::compute_cafe_plan(scenario), o.table, t), t);
}

}  // namespace

void register_forecast_cafe(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ForecastCafeOptions>();
  auto* cmd = forecast_command_group(app)->add_subcommand("cafe",
                                                          "Café business plan (budget prévisionnel) of a scenario "
                                                          "file: SIG, CAF, break-even, BFR, financing and cash plans");
  cmd->add_option("file", o->file, "Scenario file (TOML), e.g. forecast/scenarios/cafe-associatif.toml")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--years", o->years, "Plan length in years (3 to 5; default: the scenario's)")
      ->check(CLI::Range(3, 5));
  cmd->add_option("--lang", o->lang, "Labels: fr or en (default: --locale)")->check(CLI::IsMember({"fr", "en"}));
  cmd->add_option("--table", o->table, "summary (default), monthly, cash, financing, loans or all")
      ->check(CLI::IsMember({"summary", "monthly", "cash", "financing", "loans", "all"}));
  cmd->callback([&ctx, o] { run_forecast_cafe(ctx, *o); });
}

}  // namespace comptoir::cli
