// Text form of CategorySide, as written in activity_categories.csv.
#include "reports/category_side.hpp"

#include "core/error.hpp"

namespace comptoir {

std::string to_string(CategorySide side) {
  return side == CategorySide::Expense ? "expense" : "resource";
}

CategorySide parse_category_side(const std::string& text) {
  if (text == "expense") return CategorySide::Expense;
  if (text == "resource") return CategorySide::Resource;
  throw Error(ErrorKind::InvalidInput, "side '" + text + "' is neither 'expense' nor 'resource'");
}

}  // namespace comptoir
