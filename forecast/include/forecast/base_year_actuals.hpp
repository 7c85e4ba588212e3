// A book's actuals for a base year, per association and combined (flows
// between the associations eliminated). Built by the caller (the CLI, from
// reports' category summaries): forecast does not read reports itself.
#pragma once

#include <vector>

#include "forecast/entity_actuals.hpp"

namespace comptoir::forecast {

struct BaseYearActuals {
  int year = 0;
  std::vector<EntityActuals> entities;  // in book order
  EntityActuals combined;               // entity "ALL"; interco eliminated

  // The entity's actuals, or nullptr.
  [[nodiscard]] const EntityActuals* find(const std::string& entity) const;
};

}  // namespace comptoir::forecast
