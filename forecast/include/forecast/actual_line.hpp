// One category of a base year's actuals (or of a projected year): a stable
// code shared with the activity report's categories and its labels.
#pragma once

#include <string>

#include "core/money.hpp"

namespace comptoir::forecast {

struct ActualLine {
  std::string code;  // "payroll", "public-subsidies", "other"
  std::string label_fr;
  std::string label_en;
  Money amount;  // expenses and resources both positive
};

}  // namespace comptoir::forecast
