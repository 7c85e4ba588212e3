// One category of the activity report (e.g. AT expenses "frais de mission"):
// the account prefixes it groups, with its French and English labels.
#pragma once

#include <string>
#include <vector>

#include "reports/category_side.hpp"

namespace comptoir {

struct CategoryDefinition {
  std::string entity;  // "AT", "RES"
  CategorySide side = CategorySide::Expense;
  std::string code;                   // stable key, "mission-travel"; "other" is reserved
  std::string label_fr;               // "Frais de mission"
  std::string label_en;               // "Mission travel"
  std::vector<std::string> prefixes;  // account-number prefixes, "625"
};

}  // namespace comptoir
