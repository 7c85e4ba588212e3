// Writing a funding scenario as a variant of its base: `base = "…"` then
// only the keys and elements that differ from the base, compared on the
// two documents the writer makes of them (scenario_document.hpp), so that
// merging the variant over the base (scenario_variant.cpp) gives the
// scenario back. A variant changes or adds; it cannot remove what its base
// has.
#include <filesystem>
#include <fstream>
#include <set>

#include "core/error.hpp"
#include "forecast/scenario_edits.hpp"
#include "forecast/scenario_toml.hpp"
#include "scenario_document.hpp"
#include "scenario_variant.hpp"
#include "toml_reader.hpp"

namespace comptoir::forecast {
namespace {

namespace fs = std::filesystem;

struct Difference {
  ScenarioDocument document;
  std::set<std::string> keys;  // dotted keys written ("prestations[1].count")
};

[[noreturn]] void cannot_remove(const std::string& what) {
  throw Error(ErrorKind::InvalidInput,
              "cannot write a variant without " + what + " of its base (a variant only changes or adds)");
}

// The entries of `variant` that `base` lacks or holds with another value.
std::vector<TomlEntry> changed(const std::vector<TomlEntry>& base, const std::vector<TomlEntry>& variant,
                               const std::string& where) {
  std::vector<TomlEntry> out;
  for (const auto& e : base) {
    if (std::find_if(variant.begin(), variant.end(), [&](const TomlEntry& v) { return v.key == e.key; }) ==
        variant.end()) {
      cannot_remove("key '" + join_key(where, e.key) + "'");
    }
  }
  for (const auto& e : variant) {
    if (std::find(base.begin(), base.end(), e) == base.end()) out.push_back(e);
  }
  return out;
}

bool same_identity(const TomlElement& a, const TomlElement& b, const std::vector<std::string_view>& keys) {
  if (keys.empty()) return a == b;
  for (auto key : keys) {
    const TomlEntry* x = a.find(std::string(key));
    const TomlEntry* y = b.find(std::string(key));
    if (x == nullptr || y == nullptr || x->value != y->value) return false;
  }
  return true;
}

void note_keys(const std::string& element, const std::vector<TomlEntry>& entries, std::set<std::string>& keys) {
  for (const auto& e : entries) keys.insert(join_key(element, e.key));
}

TomlSection section_difference(const TomlSection& base, const TomlSection& variant, std::set<std::string>& keys) {
  TomlSection out{variant.name, variant.array, {}};
  const auto identity = identity_keys(variant.name);
  std::vector<bool> matched(base.elements.size(), false);
  for (std::size_t i = 0; i < variant.elements.size(); ++i) {
    const TomlElement& element = variant.elements[i];
    const std::string name = variant.array ? element_key(variant.name, i) : variant.name;
    std::size_t match = base.elements.size();
    for (std::size_t b = 0; b < base.elements.size() && match == base.elements.size(); ++b) {
      if (!matched[b] && (!variant.array || same_identity(base.elements[b], element, identity))) match = b;
    }
    if (match == base.elements.size()) {  // new: written whole
      out.elements.push_back(element);
      note_keys(name, element.entries, keys);
      continue;
    }
    matched[match] = true;
    const auto entries = changed(base.elements[match].entries, element.entries, name);
    // Elements that share their identity pair in order when merged: each
    // one is written, if only by its identity, so a later one finds its own.
    const auto twins = std::count_if(base.elements.begin(), base.elements.end(),
                                     [&](const TomlElement& b) { return same_identity(b, element, identity); });
    if (entries.empty() && (twins < 2 || identity.empty())) continue;
    note_keys(name, entries, keys);
    TomlElement partial;
    for (auto key : identity) partial.entries.push_back(*element.find(std::string(key)));
    partial.entries.insert(partial.entries.end(), entries.begin(), entries.end());
    out.elements.push_back(partial);
  }
  for (std::size_t b = 0; b < base.elements.size(); ++b) {
    if (!matched[b]) cannot_remove(base.array ? element_key(base.name, b) : "[" + base.name + "]");
  }
  return out;
}

Difference difference(const FundingScenario& base, const FundingScenario& variant) {
  const ScenarioDocument b = funding_document(base);
  const ScenarioDocument v = funding_document(variant);
  Difference d;
  d.document.top = changed(b.top, v.top, "");
  note_keys("", d.document.top, d.keys);
  for (const auto& section : v.sections) {
    const auto it = std::find_if(b.sections.begin(), b.sections.end(),
                                 [&](const TomlSection& s) { return s.name == section.name; });
    const TomlSection empty{section.name, section.array, {}};
    TomlSection out = section_difference(it == b.sections.end() ? empty : *it, section, d.keys);
    if (!out.elements.empty()) d.document.sections.push_back(out);
  }
  for (const auto& section : b.sections) {
    const auto it = std::find_if(v.sections.begin(), v.sections.end(),
                                 [&](const TomlSection& s) { return s.name == section.name; });
    if (it == v.sections.end() && !section.elements.empty()) cannot_remove("[" + section.name + "]");
  }
  return d;
}

}  // namespace

std::string write_funding_variant(const FundingScenario& scenario, const FundingScenario& base,
                                  const std::string& base_reference) {
  ScenarioDocument document = difference(base, scenario).document;
  document.top.insert(document.top.begin(), {"base", toml_string(base_reference)});
  return "# Funding-mix variant: what differs from its base (schema: forecast/scenarios/funding-base.toml).\n" +
         emit(document);
}

std::set<std::string> variant_driver_keys(const FundingScenario& scenario, const FundingScenario& base) {
  std::set<std::string> drivers;
  for (const auto& key : difference(base, scenario).keys) {
    if (scenario_value(scenario, key)) drivers.insert(key);
  }
  return drivers;
}

namespace {

// The comment lines that open the file at `path` (what its author wrote
// about it), kept when it is written over; "" when there is none.
std::string leading_comment(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string comment, line;
  while (std::getline(in, line) && line.starts_with("#")) comment += line + "\n";
  return comment;
}

// `text` under the comment of the file it replaces, instead of its own.
std::string with_comment(const std::string& text, const std::string& comment) {
  if (comment.empty()) return text;
  return comment + text.substr(text.find('\n') + 1);
}

}  // namespace

void save_funding_scenario(const FundingScenario& scenario, const std::string& path, const FundingScenario* base_read) {
  std::string text;
  if (scenario.base_file.empty()) {
    text = write_funding_scenario(scenario);
  } else {
    const fs::path base = fs::absolute(scenario.base_file).lexically_normal();
    const fs::path target = fs::absolute(path).lexically_normal();
    std::error_code error;
    if (fs::weakly_canonical(base, error) == fs::weakly_canonical(target, error)) {
      throw Error(ErrorKind::InvalidInput, path + ": a variant cannot be saved over its own base");
    }
    const fs::path reference = base.lexically_relative(target.parent_path());
    text =
        write_funding_variant(scenario, base_read != nullptr ? *base_read : load_funding_scenario(scenario.base_file),
                              (reference.empty() ? base : reference).generic_string());
  }
  text = with_comment(text, leading_comment(path));
  // Written beside the target, then renamed over it: a failed write never
  // leaves half a scenario.
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) throw Error(ErrorKind::InvalidInput, path + ": cannot write the scenario file");
  }
  std::error_code error;
  fs::rename(temporary, path, error);
  if (error) {
    fs::remove(temporary, error);
    throw Error(ErrorKind::InvalidInput, path + ": cannot write the scenario file");
  }
}

}  // namespace comptoir::forecast
