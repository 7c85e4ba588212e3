// A generic table (title, columns, rows) that any renderer can print
// without knowing what a café plan is made of.
#pragma once

#include <string>
#include <vector>

#include "forecast/plan_column.hpp"
#include "forecast/plan_table_row.hpp"

namespace comptoir::forecast {

struct PlanTable {
  std::string key;    // stable name: "summary", "monthly", "cash", "financing", "loan-1"...
  std::string title;  // localised
  std::vector<PlanColumn> columns;
  std::vector<PlanTableRow> rows;
};

// Plain fixed-width text: amounts as "-1234.56", right-aligned. Used for
// golden files and as a fallback renderer.
[[nodiscard]] std::string render_plan_table_text(const PlanTable& table);

}  // namespace comptoir::forecast
