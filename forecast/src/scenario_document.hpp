// Internal: a funding scenario as the file the writer emits — ordered keys
// with their values already as TOML text, in the order the schema lists
// them (forecast/scenarios/funding-base.toml). Both the whole-file writer
// and the variant writer (only what differs from the base) emit it, and the
// variant writer compares two of them value by value.
#pragma once

#include <string>
#include <vector>

#include "forecast/funding_scenario.hpp"

namespace comptoir::forecast {

struct TomlEntry {
  std::string key;
  std::string value;  // TOML text: "\"AT\"", "21", "\"2%\"", "{ dist = … }", 2026-12-31
  bool operator==(const TomlEntry&) const = default;
};

// One table: a [section] or an element of an [[array]].
struct TomlElement {
  std::vector<TomlEntry> entries;
  [[nodiscard]] const TomlEntry* find(const std::string& key) const;
  bool operator==(const TomlElement&) const = default;
};

struct TomlSection {
  std::string name;
  bool array = true;  // [[name]] elements, else one [name] table
  std::vector<TomlElement> elements;
};

struct ScenarioDocument {
  std::vector<TomlEntry> top;
  std::vector<TomlSection> sections;
};

// Every key of `scenario`, drivers exact (amounts "3200.00", rates "2.5%",
// counts as integers, distributions as inline tables).
[[nodiscard]] ScenarioDocument funding_document(const FundingScenario& scenario);
[[nodiscard]] std::string emit(const ScenarioDocument& document);
// A TOML basic string: "…" with its escapes.
[[nodiscard]] std::string toml_string(const std::string& text);

}  // namespace comptoir::forecast
