// See document.hpp.
#include "document.hpp"

#include <algorithm>
#include <iterator>

#include "forecast/funding_projection.hpp"
#include "forecast/scenario_toml.hpp"
#include "reports/category_summaries.hpp"
#include "reports/forecast_base_year.hpp"
#include "reports/statements.hpp"
#include "store/sqlite_cofinancing_store.hpp"

namespace comptoir::gui {

Document::Document(const std::string& path, Language language)
    : book_(SqliteBook::open(path, OpenMode::ReadOnly)),
      labels_(language),
      scheme_(CategoryScheme::activity_report()) {}

std::vector<EntityChoice> Document::entity_choices() const {
  std::vector<EntityChoice> choices;
  for (const auto& e : book_->entities()) {
    if (scheme_.has_entity(e.code)) choices.push_back({e.code, e.code + " — " + e.name});
  }
  if (choices.size() > 1) choices.push_back({"", std::string(labels_("gui.scope.combined"))});
  return choices;
}

std::vector<int> Document::years(const std::string& entity) const {
  // One entity: its years. Combined: the years every entity has.
  std::vector<int> years;
  bool first = true;
  for (const auto& choice : entity_choices()) {
    if (choice.code.empty() || (!entity.empty() && choice.code != entity)) continue;
    std::vector<int> own;
    for (const auto& y : book_->fiscal_years(choice.code)) own.push_back(y.year);
    std::sort(own.begin(), own.end());
    if (first) {
      years = own;
      first = false;
    } else {
      std::vector<int> common;
      std::set_intersection(years.begin(), years.end(), own.begin(), own.end(), std::back_inserter(common));
      years = common;
    }
  }
  years.erase(std::unique(years.begin(), years.end()), years.end());
  return years;
}

std::optional<int> Document::previous_year(const std::string& entity, int year) const {
  // The year before `year` of each entity (combined: of every entity, the
  // same for all), whatever its dates.
  std::optional<int> previous;
  bool first = true;
  for (const auto& choice : entity_choices()) {
    if (choice.code.empty() || (!entity.empty() && choice.code != entity)) continue;
    const StatementYears years = statement_years(*book_, choice.code, year);
    const std::optional<int> own = years.previous ? std::optional<int>(years.previous->year) : std::nullopt;
    if (!first && own != previous) return std::nullopt;
    previous = own;
    first = false;
  }
  return previous;
}

Actuals Document::actuals(const std::string& entity, int year) const {
  Actuals actuals;
  std::string scope;
  const std::optional<int> previous = previous_year(entity, year);
  std::vector<std::string> codes;
  if (entity.empty()) {
    for (const auto& choice : entity_choices()) {
      if (!choice.code.empty()) codes.push_back(choice.code);
    }
    actuals.summary = summarise_combined(*book_, codes, year, scheme_);
    if (previous) actuals.previous = summarise_combined(*book_, codes, *previous, scheme_);
    scope = labels_("gui.scope.combined");
  } else {
    codes = {entity};
    actuals.summary = summarise_by_category(*book_, entity, year, scheme_);
    if (previous) actuals.previous = summarise_by_category(*book_, entity, *previous, scheme_);
    const auto e = book_->entity(entity);
    scope = e ? e->code + " — " + e->name : entity;
  }
  const CategorySummary* before = actuals.previous ? &*actuals.previous : nullptr;
  actuals.title = labels_("gui.view.title", {{"scope", scope}, {"year", std::to_string(year)}});
  actuals.charts = activity_chart_series(actuals.summary, before, labels_);
  actuals.table = activity_table(actuals.summary, before, actuals.title, labels_);
  actuals.cash = month_end_cash(*book_, codes, year);
  if (previous) actuals.previous_cash = month_end_cash(*book_, codes, *previous);
  return actuals;
}

FundingInputs Document::open_scenario(const std::string& path) const {
  FundingInputs inputs;
  inputs.file = path;
  inputs.scenario = forecast::load_funding_scenario(path);
  if (!inputs.scenario.base_file.empty()) {
    inputs.base =
        std::make_shared<const forecast::FundingScenario>(forecast::load_funding_scenario(inputs.scenario.base_file));
  }
  const SqliteCofinancingStore cofinancing(*book_);
  inputs.actuals = std::make_shared<const forecast::BaseYearActuals>(
      read_forecast_base_year(*book_, cofinancing, inputs.scenario.base_year));
  inputs.rules = std::make_shared<const std::vector<CofinancingRule>>(cofinancing.cofinancing_rules());
  return inputs;
}

FundingFigures Document::compute_funding(const FundingInputs& inputs, const Labels& labels) {
  FundingFigures figures;
  const forecast::FundingScenario& scenario = inputs.scenario;
  figures.name = scenario.name;
  figures.projection = forecast::project_funding(scenario, *inputs.actuals, *inputs.rules);
  if (scenario.runs > 0) {
    const forecast::MonteCarloOptions options{scenario.runs, scenario.seed, 2, scenario.cash_threshold};
    figures.monte_carlo = forecast::run_monte_carlo(scenario, *inputs.actuals, *inputs.rules, options);
  }
  for (const auto& scope : figures.projection.scopes) {
    const forecast::MonteCarloScope* mc = figures.monte_carlo ? &figures.monte_carlo->scope(scope.scope) : nullptr;
    figures.scopes.push_back(funding_chart_data(scope, mc, labels));
  }
  return figures;
}

}  // namespace comptoir::gui
