// The deterministic funding-mix projection: every driver at its base value,
// computed in Money (rounding: once per model line and year, half-up; see
// funding_model). The base year is the book's actuals, unchanged. Holds the
// projection's outputs: a year of one scope (an association or both
// combined), a scope's years, and the projection of every scope.
#pragma once

#include <string>
#include <vector>

#include "cofinancing/cofinancing_rule.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"
#include "forecast/base_year_actuals.hpp"
#include "forecast/funding_scenario.hpp"

namespace comptoir::forecast {

// One year of a projection for one scope: resources by source, expenses by
// category, cash, and the figures directors watch (own-resources share,
// largest funder).
struct ScopeYear {
  int year = 0;
  bool actual = false;  // the base year: the book's actuals
  std::vector<ActualLine> resources;
  std::vector<ActualLine> expenses;
  Money total_resources;
  Money total_expenses;
  Money year_end_cash;
  Money lowest_cash;           // lowest month-end cash of the year (the year-end cash for the base year)
  Money own_resources;         // resources of the scenario's own categories (sales: Guinguettes, prestations)
  std::string largest_funder;  // "" when no funder is named
  Money largest_funder_amount;
  Money
      cofinancing;  // co-funders' part of the prestations (0 for the base year: the book's categories do not split it)

  [[nodiscard]] Money result() const { return total_resources - total_expenses; }
  // own_resources / total_resources, exact (0 without resources).
  [[nodiscard]] Rational own_share() const;
  [[nodiscard]] Rational largest_funder_share() const;
  // Months of this year's expenses the year-end cash covers, exact: cash × 12 / expenses.
  [[nodiscard]] Rational months_covered() const;
};

// The name of the scope of both associations combined.
inline constexpr const char* combined_scope = "ALL";

// A projection for one scope: the base year, then each year.
struct ScopeProjection {
  std::string scope;             // "AT", "RES", or combined_scope
  std::vector<ScopeYear> years;  // base year first
};

struct FundingProjection {
  std::string scenario;
  int base_year = 0;
  std::vector<ScopeProjection> scopes;  // each entity of the actuals, then the combined scope

  [[nodiscard]] const ScopeProjection& scope(const std::string& name) const;
};

// Projects `scenario` from `actuals` (whose year must be the scenario's base
// year); funders' shares of prestations follow `rules` (the book's
// co-financing rules). Cash evolves by each month's receipts and payments:
// the result moved by the scenario's payment terms (grant tranches'
// payment_days, [cash] days of communes, co-funders and suppliers).
// Throws Error(InvalidInput).
[[nodiscard]] FundingProjection project_funding(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                                const std::vector<CofinancingRule>& rules);
// The same with explicit driver values (sensitivity analysis).
[[nodiscard]] FundingProjection project_funding(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                                const std::vector<CofinancingRule>& rules,
                                                const std::vector<Rational>& values);

}  // namespace comptoir::forecast
