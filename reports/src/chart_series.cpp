// Chart series as a table (see chart_series.hpp).
#include "reports/chart_series.hpp"

namespace comptoir {

TableData chart_series_table(const std::vector<ChartSeries>& series, const std::string& key, const std::string& title) {
  TableData table{key, {title, {{"series", ""}}}, {}};
  if (!series.empty()) {
    for (const auto& x : series.front().x_labels) table.header.columns.push_back({x, x, 1, Align::Right});
  }
  for (const auto& s : series) {
    TableRow row{{s.name}};
    for (Money v : s.values) row.cells.emplace_back(v);
    table.rows.push_back(std::move(row));
  }
  size_columns_to_content(table);
  return table;
}

}  // namespace comptoir
