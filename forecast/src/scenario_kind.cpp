// Tells café scenarios from funding-mix scenarios by a key only café ones have.
#include <toml++/toml.h>

#include "forecast/scenario_toml.hpp"

namespace comptoir::forecast {

std::optional<ScenarioKind> scenario_kind_of_file(const std::string& path) {
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error&) {
    return std::nullopt;
  }
  const toml::node* opening = root.get("opening");
  return opening != nullptr && opening->is_table() ? ScenarioKind::Cafe : ScenarioKind::Funding;
}

}  // namespace comptoir::forecast
