// Merging a funding-scenario variant over its base (see scenario_variant.hpp).
// The variant's values replace the base's; a [table] merges key by key; an
// element of an array of tables replaces the keys of the base's element of
// the same identity, or is added after the base's elements; events are
// added. A driver's value (a number or a distribution) is replaced whole.
#include "scenario_variant.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "core/error.hpp"
#include "toml_reader.hpp"

namespace comptoir::forecast {
namespace {

namespace fs = std::filesystem;

// An identity value as text: a string, or a set of strings (flags, in any order).
std::optional<std::string> identity_text(const toml::node* node) {
  if (node == nullptr) return std::nullopt;
  if (const auto* s = node->as_string()) return "s:" + s->get();
  if (const auto* a = node->as_array()) {
    std::vector<std::string> items;
    for (const auto& item : *a) {
      const auto* s = item.as_string();
      if (s == nullptr) return std::nullopt;
      items.push_back(s->get());
    }
    std::sort(items.begin(), items.end());
    std::string text = "a:";
    for (const auto& item : items) text += item + '\n';
    return text;
  }
  return std::nullopt;
}

bool same_identity(const toml::table& a, const toml::table& b, const std::vector<std::string_view>& keys) {
  if (keys.empty()) return false;
  for (auto key : keys) {
    const auto x = identity_text(a.get(key));
    if (!x || x != identity_text(b.get(key))) return false;
  }
  return true;
}

void merge_array(toml::array& base, toml::array& variant, std::string_view name) {
  const auto keys = identity_keys(name);
  // Each element of the base is changed by one of the variant at most: two
  // of the same identity change the base's two, in order (as written).
  std::vector<bool> matched(base.size(), false);
  for (auto& element : variant) {
    auto* table = element.as_table();
    toml::table* match = nullptr;
    for (std::size_t i = 0; table != nullptr && i < matched.size() && match == nullptr; ++i) {
      auto* candidate = base.get(i)->as_table();
      if (!matched[i] && candidate != nullptr && same_identity(*candidate, *table, keys)) {
        match = candidate;
        matched[i] = true;
      }
    }
    if (match == nullptr) {
      base.push_back(std::move(element));
      continue;
    }
    for (auto&& [key, value] : *table) match->insert_or_assign(key, std::move(value));
  }
}

void merge(toml::table& base, toml::table& variant) {
  for (auto&& [key, value] : variant) {
    toml::node* existing = base.get(key.str());
    if (existing != nullptr) {
      auto* variant_table = value.as_table();
      auto* base_table = existing->as_table();
      if (variant_table != nullptr && base_table != nullptr && !variant_table->is_inline()) {
        merge(*base_table, *variant_table);  // [interco], [monte_carlo]
        continue;
      }
      auto* variant_array = value.as_array();
      auto* base_array = existing->as_array();
      if (variant_array != nullptr && base_array != nullptr && variant_array->is_array_of_tables() &&
          base_array->is_array_of_tables()) {
        merge_array(*base_array, *variant_array, key.str());
        continue;
      }
    }
    base.insert_or_assign(key, std::move(value));
  }
}

std::string resolve(toml::table& root, const std::string& source, std::vector<fs::path>& chain) {
  const toml::node* node = root.get("base");
  if (node == nullptr) return {};
  const TomlReader r(source);
  const std::string reference = r.string(*node, "base");
  const std::string base = (fs::path(source).parent_path() / reference).lexically_normal().string();
  std::error_code error;
  const fs::path identity = fs::weakly_canonical(base, error);
  if (std::find(chain.begin(), chain.end(), identity) != chain.end()) {
    std::string cycle;
    for (const auto& file : chain) cycle += file.filename().string() + " -> ";
    r.fail(node, "base", "scenarios are each other's base: " + cycle + identity.filename().string());
  }
  if (!fs::is_regular_file(base, error)) r.fail(node, "base", "base scenario '" + base + "' not found");
  chain.push_back(identity);
  toml::table merged = parse_toml(read_scenario_file(base), base);
  (void)resolve(merged, base, chain);
  root.erase("base");
  merge(merged, root);
  root = std::move(merged);
  return base;
}

}  // namespace

std::vector<std::string_view> identity_keys(std::string_view array) {
  if (array == "prestations") return {"type"};
  if (array == "commune_classes") return {"flags"};
  if (array == "tours") return {"name"};
  if (array == "funding") return {"entity", "funder"};
  if (array == "staff") return {"entity"};
  return {};
}

toml::table parse_toml(std::string_view text, const std::string& source) {
  try {
    return toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    throw Error(ErrorKind::InvalidInput, source + ":" + std::to_string(e.source().begin.line) +
                                             ": TOML syntax error: " + std::string(e.description()));
  }
}

std::string resolve_base(toml::table& root, const std::string& source) {
  std::error_code error;
  std::vector<fs::path> chain{fs::weakly_canonical(source, error)};
  return resolve(root, source, chain);
}

}  // namespace comptoir::forecast
