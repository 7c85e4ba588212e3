// The data of a chart: named series of amounts over labelled points (the
// years of a projection, "An 1"... of a café plan). The CLI prints them as
// tables (chart_series_table); the GUI will draw them.
#pragma once

#include <string>
#include <vector>

#include "core/money.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

struct ChartSeries {
  std::string name;
  std::vector<std::string> x_labels;
  std::vector<Money> values;  // one per x label
};

// Rows: the series; columns: the x labels of the first, amounts sized to
// their content.
[[nodiscard]] TableData chart_series_table(const std::vector<ChartSeries>& series, const std::string& key,
                                           const std::string& title);

}  // namespace comptoir
