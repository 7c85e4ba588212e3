// One side (expenses or resources) of a category summary: its rows in
// category order ("other" last) and their total.
#pragma once

#include <string>
#include <vector>

#include "core/money.hpp"
#include "reports/category_row.hpp"
#include "reports/category_side.hpp"

namespace comptoir {

struct CategorySideSummary {
  CategorySide side = CategorySide::Expense;
  std::vector<CategoryRow> rows;
  Money total;

  // The row with `code`, or nullptr.
  [[nodiscard]] const CategoryRow* find(const std::string& code) const {
    for (const auto& row : rows) {
      if (row.code == code) return &row;
    }
    return nullptr;
  }
};

}  // namespace comptoir
