// Reading scenarios from TOML: café plans and funding mixes, and telling
// which one a file holds (so that `forecast compare` takes both). One
// header because both readers share their rules. Strict: an unknown key, a
// wrong type, a missing key or a bad value is an Error(InvalidInput) whose
// message reads "<file>:<line>: key '<dotted.key>': <reason>", and nothing
// is computed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "forecast/cafe_plan_scenario.hpp"
#include "forecast/funding_scenario.hpp"

namespace comptoir::forecast {

// Parses café scenario text; `source_name` is used in messages (a file
// name). Amounts: strings "1234.56" or integers (euros); rates: strings
// "5.5%", "0.68", "1/3", or integers. A TOML float is read back as the
// shortest decimal that round-trips (what was written), never used as a
// double.
[[nodiscard]] CafePlanScenario parse_cafe_scenario(std::string_view toml_text, const std::string& source_name);

// Reads and parses a café scenario file. Throws Error(InvalidInput),
// including when the file cannot be read.
[[nodiscard]] CafePlanScenario load_cafe_scenario(const std::string& path);

// Parses a funding-mix scenario. Any driver may be a number or a
// distribution table:
//   count = { dist = "triangular", min = 15, mode = 21, max = 25 }
[[nodiscard]] FundingScenario parse_funding_scenario(std::string_view toml_text, const std::string& source_name);
// Reads and parses a file; throws Error(InvalidInput), also when unreadable.
[[nodiscard]] FundingScenario load_funding_scenario(const std::string& path);

// Which kind of scenario a TOML file describes, told from its content.
enum class ScenarioKind {
  Cafe,     // a café business plan
  Funding,  // a funding-mix scenario
};

// Café when the top-level table has an [opening] table (required in café
// scenarios, unknown to funding ones), funding otherwise. None when the file
// cannot be read or is not TOML: its own loader then reports why, located.
[[nodiscard]] std::optional<ScenarioKind> scenario_kind_of_file(const std::string& path);

}  // namespace comptoir::forecast
