// See document.hpp.
#include "document.hpp"

#include <algorithm>
#include <iterator>

#include "core/book.hpp"
#include "core/error.hpp"
#include "forecast/funding_projection.hpp"
#include "forecast/scenario_toml.hpp"
#include "forecast/sensitivity.hpp"
#include "reports/cafe_charts.hpp"
#include "reports/cafe_comparison.hpp"
#include "reports/cafe_plan_tables.hpp"
#include "reports/category_summaries.hpp"
#include "reports/forecast_base_year.hpp"
#include "reports/funding_comparison.hpp"
#include "reports/ledger_lines.hpp"
#include "reports/statements.hpp"
#include "store/sqlite_cofinancing_store.hpp"
#include "store/sqlite_grant_store.hpp"
#include "store/sqlite_guinguette_store.hpp"
#include "till/guinguette.hpp"

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

std::vector<std::string> Document::entity_codes(const std::string& entity) const {
  if (!entity.empty()) return {entity};
  std::vector<std::string> codes;
  for (const auto& choice : entity_choices()) {
    if (!choice.code.empty()) codes.push_back(choice.code);
  }
  return codes;
}

FiscalYear Document::fiscal_year(const std::string& entity, int year) const {
  const std::vector<std::string> codes = entity_codes(entity);
  if (!codes.empty()) {
    for (const auto& y : book_->fiscal_years(codes.front())) {
      if (y.year == year) return y;
    }
  }
  throw Error(ErrorKind::InvalidInput, "no fiscal year " + std::to_string(year));
}

GrantChart Document::grants(const std::string& entity, int year) const {
  SqliteGrantStore store(*book_);
  Book book(*book_, *book_);
  const GrantDesk desk(store, book);
  return grant_chart(store, desk, entity_codes(entity), fiscal_year(entity, year).end, labels_);
}

HeadroomChart Document::headroom(int year) const {
  return headroom_chart(SqliteCofinancingStore(*book_), year, labels_);
}

GuinguetteChart Document::guinguettes(int year) const {
  return guinguette_chart(SqliteGuinguetteStore(*book_), year, labels_);
}

TableData Document::category_lines(const std::string& entity, int year, CategorySide side,
                                   const std::string& category) const {
  const std::string title = labels_("gui.lines.category", {{"year", std::to_string(year)}});
  return comptoir::category_lines(*book_, scheme_, entity_codes(entity), year, side, category, title, labels_);
}

TableData Document::cash_lines(const std::string& entity, Date from, Date to) const {
  LedgerSelection selection;
  selection.entities = entity_codes(entity);
  selection.from = from;
  selection.to = to;
  selection.account_prefixes = {"5"};
  const std::string title = labels_("gui.lines.cash", {{"from", labels_.date(from)}, {"to", labels_.date(to)}});
  return ledger_lines(*book_, selection, title, labels_);
}

TableData Document::grant_lines(const GrantProgress& grant, const std::string& figure) const {
  const std::string title = labels_("gui.lines.grant." + figure, {{"code", grant.code}});
  if (figure == "called") return transaction_lines(*book_, grant.calls, "7", title, labels_);
  if (figure == "received") return transaction_lines(*book_, grant.receipts, "5", title, labels_);
  LedgerSelection selection;
  selection.entities = {grant.entity};
  if (figure == "spent") {
    selection.account_prefixes = {"6"};
    selection.excluded_prefix = "689";
    selection.tag_key = grant.tag_key;
    selection.tag_value = grant.spending_value;
    // Before its period starts nothing counts: an empty window.
    selection.from = grant.spent_from.value_or(grant.start);
    selection.to = grant.spent_to.value_or(grant.start.plus_days(-1));
  } else {
    selection.tag_key = "grant";
    selection.tag_value = grant.code;
  }
  return ledger_lines(*book_, selection, title, labels_);
}

TableData Document::headroom_lines(const std::string& rule, const std::string& commune) const {
  const std::string title = commune.empty()
                                ? labels_("gui.lines.headroom", {{"rule", rule}})
                                : labels_("gui.lines.headroom.commune", {{"rule", rule}, {"commune", commune}});
  return cofinancing_lines(*book_, SqliteCofinancingStore(*book_), commune, rule, title, labels_);
}

TableData Document::guinguette_lines(const GuinguettePoint& point, int year) const {
  LedgerSelection selection;
  selection.from = Date::from_ymd(year, 1, 1);
  selection.to = Date::from_ymd(year, 12, 31);
  selection.account_prefixes = {"7", "60"};  // takings HT and purchases: the net is the gross margin
  std::string title;
  if (point.event != 0) {
    selection.tag_key = "event";
    selection.tag_value = std::to_string(point.event);
    title = labels_("gui.lines.event", {{"commune", point.commune}, {"date", labels_.date(point.date)}});
  } else {
    selection.tag_key = "activity";
    selection.tag_value = tour_activity(point.tour);
    title = labels_("gui.lines.tour", {{"tour", point.tour}, {"year", std::to_string(year)}});
  }
  return ledger_lines(*book_, selection, title, labels_);
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

Comparison Document::compare(const std::vector<std::string>& files) const {
  Comparison comparison;
  comparison.files = files;
  // The kind of the first file that has one; a file of the other kind is refused, named.
  std::optional<forecast::ScenarioKind> kind;
  for (const auto& file : files) {
    const auto k = forecast::scenario_kind_of_file(file);
    if (k && kind && *k != *kind) {
      throw Error(ErrorKind::InvalidInput,
                  file + ": a " + (*k == forecast::ScenarioKind::Cafe ? "café" : "funding-mix") + " scenario among " +
                      (*kind == forecast::ScenarioKind::Cafe ? "café" : "funding-mix") +
                      " scenarios; compare files of one kind");
    }
    if (k) kind = k;
  }
  if (kind == forecast::ScenarioKind::Cafe) {
    comparison.cafe = true;
    for (const auto& file : files) {
      comparison.plans.push_back(forecast::compute_cafe_plan(forecast::load_cafe_scenario(file)));
      comparison.names.push_back(comparison.plans.back().scenario.name);
    }
    if (comparison.plans.empty()) return comparison;
    comparison.result = cafe_result_series(comparison.plans, labels_);
    comparison.cash = cafe_cash_series(comparison.plans, labels_);
    comparison.resources = cafe_revenue_series(comparison.plans, labels_);
    comparison.table = cafe_comparison_table(comparison.plans, labels_);
    comparison.differences = cafe_difference_table(comparison.plans, labels_);
    return comparison;
  }
  for (const auto& file : files) {
    const FundingInputs inputs = open_scenario(file);
    comparison.names.push_back(inputs.scenario.name);
    comparison.outcomes.push_back({inputs.scenario.name,
                                   forecast::project_funding(inputs.scenario, *inputs.actuals, *inputs.rules),
                                   std::nullopt});
  }
  if (comparison.outcomes.empty()) return comparison;
  comparison.result = result_series(comparison.outcomes);
  comparison.cash = cash_series(comparison.outcomes);
  comparison.resources = resources_series(comparison.outcomes);
  comparison.table = funding_comparison_table(comparison.outcomes, labels_);
  comparison.differences = funding_difference_table(comparison.outcomes, labels_);
  return comparison;
}

CafeFigures Document::open_cafe(const std::string& path) const {
  CafeFigures figures;
  figures.file = path;
  figures.plan = forecast::compute_cafe_plan(forecast::load_cafe_scenario(path));
  figures.month_cash = cafe_month_cash_series(figures.plan, labels_);
  figures.break_even = cafe_break_even_series(figures.plan, labels_);
  figures.results = cafe_result_lines_series(figures.plan, labels_);
  figures.summary = yearly_summary_table(figures.plan, labels_);
  figures.financing = financing_plan_table(figures.plan, labels_);
  return figures;
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
    figures.risks.push_back(funding_risk_data(scope, mc, scenario.cash_threshold, labels));
  }
  return figures;
}

TornadoData Document::compute_tornado(const FundingInputs& inputs, const Labels& labels) {
  // The ten of largest swing: what a chart's height shows legibly.
  return tornado_data(forecast::compute_sensitivity(inputs.scenario, *inputs.actuals, *inputs.rules), labels, 10);
}

}  // namespace comptoir::gui
