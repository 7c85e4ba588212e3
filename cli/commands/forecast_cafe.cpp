// comptoir forecast cafe FILE.toml: the café business plan (budget
// prévisionnel) of a scenario file, printed as text, CSV or JSON tables.
// Pure computation: no book is opened.
#include <algorithm>
#include <iostream>

#include "commands.hpp"
#include "forecast/cafe_plan_table.hpp"
#include "forecast/cafe_scenario_toml.hpp"
#include "ledger/error.hpp"

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

std::size_t text_width(const forecast::PlanCell& cell) {
  if (const auto* m = std::get_if<Money>(&cell)) return m->to_french().size();  // upper bound
  const auto& s = std::get<std::string>(cell);
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

TableHeader header_of(const forecast::PlanTable& t) {
  TableHeader header{t.title, {}};
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    std::size_t width = t.columns[c].heading.size();
    for (const auto& row : t.rows) {
      if (c < row.cells.size()) width = std::max(width, text_width(row.cells[c]));
    }
    header.columns.push_back({t.columns[c].key, t.columns[c].heading, static_cast<int>(std::min<std::size_t>(width, 60)),
                              t.columns[c].numeric ? Align::Right : Align::Left});
  }
  return header;
}

void write_table(const forecast::PlanTable& t, OutputFormat format, Language language) {
  auto out = make_table_writer(format, std::cout, language);
  out->begin(header_of(t));
  for (const auto& row : t.rows) {
    std::vector<Cell> cells;
    for (const auto& c : row.cells) {
      if (const auto* m = std::get_if<Money>(&c)) cells.emplace_back(*m);
      else cells.emplace_back(std::get<std::string>(c));
    }
    if (row.emphasis && format == OutputFormat::Text) out->total(cells);
    else out->row(cells);
  }
  out->end();
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
  const bool json_array = format == OutputFormat::Json && tables.size() > 1;
  if (json_array) std::cout << "[\n";
  for (std::size_t i = 0; i < tables.size(); ++i) {
    if (i > 0) std::cout << (json_array ? ",\n" : "\n");
    write_table(tables[i], format, language);
  }
  if (json_array) std::cout << "]\n";
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
