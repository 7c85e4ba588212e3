// Internal: funding-scenario variants. A file may name its base
// (`base = "funding-base.toml"`, relative to its own folder) and hold only
// what differs: the loader reads the base (and the base's base…) and merges
// the variant in; the writer keeps only what differs. Both match the
// elements of an array of tables by the same identity keys.
#pragma once

#include <toml++/toml.h>

#include <string>
#include <string_view>
#include <vector>

namespace comptoir::forecast {

// The keys that name an element of the array of tables `array` in a
// funding scenario ("funding": entity and funder). Empty for "events": a
// variant's events are added to its base's.
[[nodiscard]] std::vector<std::string_view> identity_keys(std::string_view array);

// Parses TOML text; a syntax error is Error(InvalidInput) "<source>:<line>: …".
[[nodiscard]] toml::table parse_toml(std::string_view text, const std::string& source);

// When `root` (the text of `source`) has a `base` key: reads the base, its
// own base and so on, merges each variant over its base, leaves the merged
// document in `root` (without `base`) and returns the base's path as
// resolved (`source`'s folder joined with the key). "" when there is none.
// Every node keeps the file and line it came from, for messages. A base
// that cannot be read and a cycle are Error(InvalidInput) naming the file.
std::string resolve_base(toml::table& root, const std::string& source);

}  // namespace comptoir::forecast
