// The activity report's figures for one entity (or several combined) over a
// fiscal year: expenses and resources by category, and the result.
#pragma once

#include <string>
#include <vector>

#include "core/money.hpp"
#include "reports/category_side_summary.hpp"

namespace comptoir {

struct CategorySummary {
  std::vector<std::string> entities;  // one entity, or those combined
  int year = 0;
  CategorySideSummary expenses{CategorySide::Expense, {}, {}};
  CategorySideSummary resources{CategorySide::Resource, {}, {}};
  // Inter-association flows taken out of the combined view (0 for one entity).
  Money eliminated_expenses;
  Money eliminated_resources;

  // Excédent (positive) or déficit (negative): resources - expenses.
  [[nodiscard]] Money result() const { return resources.total - expenses.total; }
};

}  // namespace comptoir
