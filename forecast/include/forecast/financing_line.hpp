// A labelled amount of the start-up financing plan.
#pragma once

#include <string>

#include "forecast/financing_line_kind.hpp"
#include "core/money.hpp"

namespace comptoir::forecast {

struct FinancingLine {
  FinancingLineKind kind = FinancingLineKind::Investment;
  std::string label;  // from the scenario for investments, grants and loans; empty otherwise
  Money amount;
};

}  // namespace comptoir::forecast
