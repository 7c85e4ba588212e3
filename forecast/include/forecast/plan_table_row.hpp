// A row of a rendered plan table: text and amount cells.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/money.hpp"

namespace comptoir::forecast {

using PlanCell = std::variant<std::string, Money>;

struct PlanTableRow {
  std::vector<PlanCell> cells;
  bool emphasis = false;  // a balance or total line (rule above it in text)
};

}  // namespace comptoir::forecast
