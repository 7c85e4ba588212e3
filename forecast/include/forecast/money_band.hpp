// P5, P50 and P95 of an amount over Monte Carlo paths (nearest-rank
// percentiles; cents rounded half away from zero from the double paths).
#pragma once

#include "core/money.hpp"

namespace comptoir::forecast {

struct MoneyBand {
  Money p5;
  Money p50;
  Money p95;
};

}  // namespace comptoir::forecast
