// A chart series as plain data for the GUI and the reports: a name, the x
// labels (years) and one amount per label.
#pragma once

#include <string>
#include <vector>

#include "core/money.hpp"

namespace comptoir::forecast {

struct ChartSeries {
  std::string name;
  std::vector<std::string> x_labels;
  std::vector<Money> values;
};

}  // namespace comptoir::forecast
