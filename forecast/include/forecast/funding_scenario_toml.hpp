// Reading a funding-mix scenario from TOML. Strict like the café scenarios:
// an unknown key, a wrong type, a missing key or a bad value is an
// Error(InvalidInput) reading "<file>:<line>: key '<dotted.key>': <reason>".
// Any driver may be a number or a distribution table:
//   count = { dist = "triangular", min = 15, mode = 21, max = 25 }
#pragma once

#include <string>
#include <string_view>

#include "forecast/funding_scenario.hpp"

namespace comptoir::forecast {

[[nodiscard]] FundingScenario parse_funding_scenario(std::string_view toml_text, const std::string& source_name);
// Reads and parses a file; throws Error(InvalidInput), also when unreadable.
[[nodiscard]] FundingScenario load_funding_scenario(const std::string& path);

}  // namespace comptoir::forecast
