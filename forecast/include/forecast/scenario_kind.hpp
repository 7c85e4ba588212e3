// Which kind of scenario a TOML file describes, told from its content so
// that `forecast compare` accepts café plans and funding mixes alike.
#pragma once

#include <optional>
#include <string>

namespace comptoir::forecast {

enum class ScenarioKind {
  Cafe,     // a café business plan (cafe_scenario_toml.hpp)
  Funding,  // a funding-mix scenario (funding_scenario_toml.hpp)
};

// Café when the top-level table has an [opening] table (required in café
// scenarios, unknown to funding ones), funding otherwise. None when the file
// cannot be read or is not TOML: its own loader then reports why, located.
[[nodiscard]] std::optional<ScenarioKind> scenario_kind_of_file(const std::string& path);

}  // namespace comptoir::forecast
