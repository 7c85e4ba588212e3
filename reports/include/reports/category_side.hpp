// Which side of the compte de résultat a category groups: expenses (class-6
// charges) or resources (class-7 produits).
#pragma once

#include <string>

namespace comptoir {

enum class CategorySide { Expense, Resource };

// "expense" | "resource".
[[nodiscard]] std::string to_string(CategorySide side);
// Parses "expense" | "resource"; throws Error(InvalidInput) otherwise.
[[nodiscard]] CategorySide parse_category_side(const std::string& text);

}  // namespace comptoir
