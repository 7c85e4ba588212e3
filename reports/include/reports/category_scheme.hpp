// A grouping of class-6/7 accounts into activity-report categories, loaded
// from data (reports/data/activity_categories.csv, embedded), never code.
// An account belongs to the category whose prefix is the LONGEST match
// within its entity and side, so 625 "frais de mission" beats 62 "frais
// généraux".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "reports/category_definition.hpp"

namespace comptoir {

class CategoryScheme {
 public:
  // The code of the row that collects accounts matched by no prefix.
  static constexpr std::string_view other_code = "other";

  // Parses "entity;side;code;label_fr;label_en;prefixes" lines ('#'
  // comments, blank lines and a header line allowed; prefixes separated by
  // spaces). Throws Error(InvalidInput) naming `source` and the line on a
  // bad field, a duplicate code, a prefix given twice in one entity and
  // side, or a prefix outside class 6 (expense) / class 7 (resource).
  [[nodiscard]] static CategoryScheme parse(std::string_view text, std::string_view source);
  // The 2025 activity report's categories (embedded activity_categories.csv).
  [[nodiscard]] static CategoryScheme activity_report();

  [[nodiscard]] const std::vector<CategoryDefinition>& categories() const { return categories_; }
  // The categories of one entity and side, in file order.
  [[nodiscard]] std::vector<CategoryDefinition> categories_of(const std::string& entity, CategorySide side) const;
  [[nodiscard]] bool has_entity(const std::string& entity) const;
  // The category of `account` by longest prefix, or nullptr when no prefix
  // of that entity and side matches (the account goes to "other").
  [[nodiscard]] const CategoryDefinition* classify(const std::string& entity, CategorySide side,
                                                   const std::string& account) const;

 private:
  std::vector<CategoryDefinition> categories_;
};

}  // namespace comptoir
