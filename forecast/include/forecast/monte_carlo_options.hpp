// How many Monte Carlo paths, from which seed, on how many threads. The
// result depends on runs and seed only, never on threads.
#pragma once

#include <cstdint>

#include "core/money.hpp"

namespace comptoir::forecast {

struct MonteCarloOptions {
  std::int64_t runs = 10000;
  std::uint64_t seed = 1;
  int threads = 2;
  Money cash_threshold;
};

}  // namespace comptoir::forecast
