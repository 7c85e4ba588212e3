// Reading a café scenario from TOML. Strict: an unknown key, a wrong type,
// a missing key or a bad value is an Error(InvalidInput) whose message reads
// "<file>:<line>: key '<dotted.key>': <reason>", and nothing is computed.
#pragma once

#include <string>
#include <string_view>

#include "forecast/cafe_plan_scenario.hpp"

namespace comptoir::forecast {

// Parses scenario text; `source_name` is used in messages (a file name).
// Amounts: strings "1234.56" or integers (euros); rates: strings "5.5%",
// "0.68", "1/3", or integers. A TOML float is read back as the shortest
// decimal that round-trips (what was written), never used as a double.
[[nodiscard]] CafePlanScenario parse_cafe_scenario(std::string_view toml_text, const std::string& source_name);

// Reads and parses a scenario file. Throws Error(InvalidInput), including
// when the file cannot be read.
[[nodiscard]] CafePlanScenario load_cafe_scenario(const std::string& path);

}  // namespace comptoir::forecast
