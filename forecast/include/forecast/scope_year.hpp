// One year of a funding-mix projection for one scope (an association, or
// both combined): resources by source, expenses by category, cash, and the
// figures directors watch (own-resources share, largest funder).
#pragma once

#include <string>
#include <vector>

#include "core/rational.hpp"
#include "forecast/base_year_actuals.hpp"

namespace comptoir::forecast {

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

  [[nodiscard]] Money result() const { return total_resources - total_expenses; }
  // own_resources / total_resources, exact (0 without resources).
  [[nodiscard]] Rational own_share() const;
  [[nodiscard]] Rational largest_funder_share() const;
  // Months of this year's expenses the year-end cash covers, exact: cash × 12 / expenses.
  [[nodiscard]] Rational months_covered() const;
};

}  // namespace comptoir::forecast
