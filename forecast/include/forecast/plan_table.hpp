// What the forecasts hand to renderers: a generic table (title, columns,
// rows) and chart series, so that the CLI, the reports and the GUI print a
// café plan or a funding mix without knowing what it is made of.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/money.hpp"

namespace comptoir::forecast {

// A column of a table: a stable key for CSV/JSON and a localised heading
// for text.
struct PlanColumn {
  std::string key;
  std::string heading;
  bool numeric = false;  // right-aligned in text
};

// A cell is text or an amount.
using PlanCell = std::variant<std::string, Money>;

struct PlanTableRow {
  std::vector<PlanCell> cells;
  bool emphasis = false;  // a balance or total line (rule above it in text)
};

struct PlanTable {
  std::string key;    // stable name: "summary", "monthly", "cash", "financing", "loan-1"...
  std::string title;  // localised
  std::vector<PlanColumn> columns;
  std::vector<PlanTableRow> rows;
};

// Plain fixed-width text: amounts as "-1234.56", right-aligned. Used for
// golden files and as a fallback renderer.
[[nodiscard]] std::string render_plan_table_text(const PlanTable& table);

// A chart series: a name, the x labels (years) and one amount per label.
struct ChartSeries {
  std::string name;
  std::vector<std::string> x_labels;
  std::vector<Money> values;
};

}  // namespace comptoir::forecast
