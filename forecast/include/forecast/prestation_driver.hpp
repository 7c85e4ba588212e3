// Prestations of one type sold per year by Action Territoriale: volume ×
// price HT, the price growing yearly. Indices point into the scenario's
// drivers.
#pragma once

#include <cstddef>

#include "cofinancing/prestation.hpp"

namespace comptoir::forecast {

struct PrestationDriver {
  PrestationType type = PrestationType::Feasibility;
  std::size_t count = 0;         // driver: prestations per year
  std::size_t price = 0;         // driver: price HT in euros (base year prices)
  std::size_t price_growth = 0;  // driver: yearly growth of the price
};

}  // namespace comptoir::forecast
