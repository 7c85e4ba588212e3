// A tornado analysis: the metric (combined year-end cash of the last
// projected year) at base, and one row per uncertain driver, largest swing
// first.
#pragma once

#include <vector>

#include "forecast/sensitivity_row.hpp"

namespace comptoir::forecast {

struct SensitivityAnalysis {
  int year = 0;  // the year whose year-end cash is measured
  Money base;
  std::vector<SensitivityRow> rows;
};

}  // namespace comptoir::forecast
