// Reading scenarios from TOML (café plans and funding mixes), writing
// funding mixes back, and telling which one a file holds (so that
// `forecast compare` takes both). One header because both readers share
// their rules. Strict: an unknown key, a
// wrong type, a missing key or a bad value is an Error(InvalidInput) whose
// message reads "<file>:<line>: key '<dotted.key>': <reason>", and nothing
// is computed.
#pragma once

#include <optional>
#include <set>
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
// A variant names its base, `base = "funding-base.toml"` (relative to the
// folder of `source_name`), and holds only what differs: the base is read
// (and its own base…) and the variant merged over it — a value replaces
// the base's, [interco] and [monte_carlo] merge key by key, an element of
// [[prestations]] (type), [[commune_classes]] (flags), [[tours]] (name),
// [[funding]] (entity and funder) or [[staff]] (entity) changes the base's
// element of the same identity (two of one identity pair in order) or is
// added after them, [[events]] are added. A missing base and a cycle of bases are errors naming the file.
[[nodiscard]] FundingScenario parse_funding_scenario(std::string_view toml_text, const std::string& source_name);
// Reads and parses a file; throws Error(InvalidInput), also when unreadable.
[[nodiscard]] FundingScenario load_funding_scenario(const std::string& path);

// The text of a whole scenario file that reads back as `scenario`: every
// key in the schema's order, drivers exact (amounts "3200.00", rates
// "2.5%", counts as integers, distributions as inline tables).
[[nodiscard]] std::string write_funding_scenario(const FundingScenario& scenario);
// A variant file: `base = "<base_reference>"`, then only what `scenario`
// changes or adds to `base`. Throws Error(InvalidInput) when `scenario`
// lacks something `base` has (a variant cannot remove).
[[nodiscard]] std::string write_funding_variant(const FundingScenario& scenario, const FundingScenario& base,
                                                const std::string& base_reference);
// The keys of the drivers `scenario` defines otherwise than `base` (or that
// `base` has not), with the other values an edit moves (a class's share,
// FTEs: scenario_edits.hpp): what a variant of `base` would write.
[[nodiscard]] std::set<std::string> variant_driver_keys(const FundingScenario& scenario, const FundingScenario& base);
// Writes `scenario` to `path`: a variant of its base_file (the reference
// relative to `path`'s folder) when it has one, else whole. What the
// variant defines is told from `base`, the base as read with the scenario
// (so that a change of the base file since is not written back into the
// variant as its own); null: the base file as it is now. The comment lines
// that open a file written over are kept (other comments are not).
// Written to a temporary file renamed over `path`. Throws
// Error(InvalidInput).
void save_funding_scenario(const FundingScenario& scenario, const std::string& path,
                           const FundingScenario* base = nullptr);

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
