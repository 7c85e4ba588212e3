// Sums a compiled funding model into yearly figures per scope, exactly.
#include "forecast/funding_projection.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "funding_model.hpp"

namespace comptoir::forecast {
namespace {

bool is_own(const FundingScenario& s, const std::string& code) {
  return std::find(s.own_categories.begin(), s.own_categories.end(), code) != s.own_categories.end();
}

void add_to(std::vector<ActualLine>& rows, const std::string& code, Money amount) {
  auto it = std::find_if(rows.begin(), rows.end(), [&](const ActualLine& r) { return r.code == code; });
  if (it == rows.end()) it = rows.insert(rows.end(), ActualLine{code, code, code, Money()});
  it->amount += amount;
}

// The funder paying the most (the first one on a tie), over (name, amount) pairs.
void pick_largest(const std::vector<std::pair<std::string, Money>>& funders, ScopeYear& y) {
  for (const auto& [name, amount] : funders) {
    if (amount > y.largest_funder_amount) {
      y.largest_funder = name;
      y.largest_funder_amount = amount;
    }
  }
}

void add_funder(std::vector<std::pair<std::string, Money>>& funders, const std::string& name, Money amount) {
  auto it = std::find_if(funders.begin(), funders.end(), [&](const auto& f) { return f.first == name; });
  if (it == funders.end())
    funders.emplace_back(name, amount);
  else
    it->second += amount;
}

ScopeYear base_year(const FundingScenario& s, const EntityActuals& actual, bool combined, int year,
                    const std::vector<Rational>& values) {
  ScopeYear y{year,
              true,
              actual.resources,
              actual.expenses,
              actual.total_resources(),
              actual.total_expenses(),
              actual.year_end_cash,
              actual.year_end_cash,
              Money(),
              "",
              Money(),
              Money()};
  for (const auto& line : actual.resources) {
    if (is_own(s, line.code)) y.own_resources += line.amount;
  }
  // Funders of the base year as the scenario declares them (the book's
  // category totals do not name funders).
  std::vector<std::pair<std::string, Money>> funders;
  for (const auto& f : s.funding) {
    if ((combined || f.entity == actual.entity) && (!f.from || f.from->year() <= year)) {
      add_funder(funders, f.funder, Money::round(values[f.amount], RoundingMode::HalfUp));
    }
  }
  pick_largest(funders, y);
  return y;
}

// `cash`: each line's months as cash moves (cash_months), in model order.
ScopeProjection project_scope(const FundingScenario& s, const FundingModel& model,
                              const std::vector<std::vector<Money>>& cash_of, const EntityActuals& actual,
                              std::optional<std::size_t> entity, const std::vector<Rational>& values) {
  ScopeProjection out{entity ? actual.entity : combined_scope, {}};
  out.years.push_back(base_year(s, actual, !entity, s.base_year, values));
  Money cash = actual.year_end_cash;
  for (int k = 0; k < s.years; ++k) {
    ScopeYear y{s.base_year + 1 + k,
                false,
                actual.resources,
                actual.expenses,
                Money(),
                Money(),
                Money(),
                Money(),
                Money(),
                "",
                Money(),
                Money()};
    for (auto& r : y.resources) r.amount = Money();
    for (auto& r : y.expenses) r.amount = Money();
    std::vector<std::pair<std::string, Money>> funders;
    std::vector<Money> net(12);
    for (std::size_t l = 0; l < model.lines.size(); ++l) {
      const ModelLine& line = model.lines[l];
      if (entity ? line.entity != *entity : line.interco) continue;
      const bool lapsed = line.renewal && !renewed(values[*line.renewal]);
      Money total;
      for (std::size_t m = 0; m < 12; ++m) {
        const std::size_t i = static_cast<std::size_t>(12 * k) + m;
        if (lapsed && i >= line.renewal_month) continue;
        total += line.months[i];
      }
      for (std::size_t m = 0; m < 12; ++m) {
        const Money moved = cash_of[l][static_cast<std::size_t>(12 * k) + m];
        net[m] += line.resource ? moved : -moved;
      }
      add_to(line.resource ? y.resources : y.expenses, line.category, total);
      (line.resource ? y.total_resources : y.total_expenses) += total;
      if (line.own) y.own_resources += total;
      if (line.resource && !line.funder.empty()) add_funder(funders, line.funder, total);
      if (line.prestation && !line.funder.empty()) y.cofinancing += total;
    }
    for (std::size_t m = 0; m < 12; ++m) {
      cash += net[m];
      if (m == 0 || cash < y.lowest_cash) y.lowest_cash = cash;
    }
    y.year_end_cash = cash;
    pick_largest(funders, y);
    out.years.push_back(std::move(y));
  }
  return out;
}

}  // namespace

const ScopeProjection& FundingProjection::scope(const std::string& name) const {
  for (const auto& s : scopes) {
    if (s.scope == name) return s;
  }
  throw Error(ErrorKind::NotFound, "no projection for '" + name + "'");
}

FundingProjection project_funding(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                  const std::vector<CofinancingRule>& rules) {
  return project_funding(scenario, actuals, rules, scenario.base_values());
}

FundingProjection project_funding(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                  const std::vector<CofinancingRule>& rules, const std::vector<Rational>& values) {
  if (actuals.year != scenario.base_year) {
    throw Error(ErrorKind::InvalidInput, "scenario '" + scenario.name + "' starts from " +
                                             std::to_string(scenario.base_year) + " but the actuals are of " +
                                             std::to_string(actuals.year));
  }
  const FundingModel model = build_funding_model(scenario, actuals, rules, values);
  std::vector<std::vector<Money>> cash;
  for (const auto& line : model.lines)
    cash.push_back(cash_months(line, line.renewal && !renewed(values[*line.renewal])));
  FundingProjection out{scenario.name, scenario.base_year, {}};
  for (std::size_t e = 0; e < actuals.entities.size(); ++e) {
    out.scopes.push_back(project_scope(scenario, model, cash, actuals.entities[e], e, values));
  }
  out.scopes.push_back(project_scope(scenario, model, cash, actuals.combined, std::nullopt, values));
  return out;
}

}  // namespace comptoir::forecast
