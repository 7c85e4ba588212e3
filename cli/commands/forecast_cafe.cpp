// comptoir forecast cafe FILE.toml: the café business plan (budget
// prévisionnel) of a scenario file, printed as text, CSV or JSON tables.
// Pure computation: no book is opened.
#include <iostream>

#include "commands.hpp"
#include "core/error.hpp"
#include "reports/cafe_plan_tables.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast_support.hpp"

namespace comptoir::cli {
namespace {

struct ForecastCafeOptions {
  std::string file;
  int years = 0;  // 0: as in the scenario
  std::string lang;
  std::string table = "summary";
};

// The `forecast` group, shared with other forecast commands.
CLI::App* forecast_group(CLI::App& app) {
  auto found = app.get_subcommands([](CLI::App* sub) { return sub->get_name() == "forecast"; });
  if (!found.empty()) return found.front();
  auto* group = app.add_subcommand("forecast", "Forecasts: café business plans, funding-mix scenarios");
  group->require_subcommand(1);
  return group;
}

std::vector<forecast::PlanTable> selected_tables(const forecast::CafePlan& plan, const std::string& table,
                                                 forecast::LabelLanguage lang) {
  if (table == "summary") return {forecast::yearly_summary_table(plan, lang)};
  if (table == "monthly") return {forecast::monthly_income_table(plan, lang)};
  if (table == "cash") return {forecast::cash_plan_table(plan, lang)};
  if (table == "financing") return {forecast::financing_plan_table(plan, lang)};
  if (table == "loans") {
    std::vector<forecast::PlanTable> out;
    for (std::size_t i = 0; i < plan.loans.size(); ++i) {
      out.push_back(forecast::loan_schedule_table(plan.loans[i], static_cast<int>(i + 1), lang));
    }
    return out;
  }
  return forecast::cafe_plan_tables(plan, lang);
}

void run_forecast_cafe(const Context& ctx, const ForecastCafeOptions& o) {
  forecast::CafePlanScenario scenario = forecast::load_cafe_scenario(o.file);
  if (o.years != 0) scenario.years = o.years;
  const forecast::CafePlan plan = forecast::compute_cafe_plan(scenario);
  const Language language = o.lang.empty() ? ctx.language() : parse_language(o.lang);
  const auto labels = language == Language::French ? forecast::LabelLanguage::French : forecast::LabelLanguage::English;
  const OutputFormat format = ctx.format();
  const auto tables = selected_tables(plan, o.table, labels);
  write_plan_tables(tables, format, language);
}

}  // namespace

void register_forecast_cafe(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ForecastCafeOptions>();
  auto* cmd = forecast_group(app)->add_subcommand(
      "cafe", "Café business plan (budget prévisionnel) of a scenario file: SIG, CAF, break-even, BFR, financing and cash plans");
  cmd->add_option("file", o->file, "Scenario file (TOML), e.g. forecast/scenarios/cafe-associatif.toml")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--years", o->years, "Plan length in years (3 to 5; default: the scenario's)")->check(CLI::Range(3, 5));
  cmd->add_option("--lang", o->lang, "Labels: fr or en (default: --locale)")->check(CLI::IsMember({"fr", "en"}));
  cmd->add_option("--table", o->table, "summary (default), monthly, cash, financing, loans or all")
      ->check(CLI::IsMember({"summary", "monthly", "cash", "financing", "loans", "all"}));
  cmd->callback([&ctx, o] { run_forecast_cafe(ctx, *o); });
}

}  // namespace comptoir::cli
