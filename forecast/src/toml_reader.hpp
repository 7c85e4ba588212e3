// Internal: strict typed access to a parsed TOML document, with every error
// located as "<file>:<line>: key '<dotted.key>': <reason>".
#pragma once

#include <toml++/toml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

class TomlReader {
 public:
  explicit TomlReader(std::string source) : source_(std::move(source)) {}

  // Throws Error(InvalidInput) located at `node` (or line 1 without one).
  [[noreturn]] void fail(const toml::node* node, const std::string& key, const std::string& reason) const;

  // Refuses keys of `table` (at `path`) that are not in `allowed`.
  void check_keys(const toml::table& table, const std::string& path,
                  std::initializer_list<std::string_view> allowed) const;

  // The node at `key`, or an error naming the table when it is missing.
  [[nodiscard]] const toml::node& required(const toml::table& table, const std::string& path,
                                           std::string_view key) const;

  [[nodiscard]] const toml::table& table(const toml::node& node, const std::string& key) const;
  [[nodiscard]] const toml::array& array(const toml::node& node, const std::string& key) const;
  [[nodiscard]] std::string string(const toml::node& node, const std::string& key) const;
  [[nodiscard]] std::int64_t integer(const toml::node& node, const std::string& key, std::int64_t min,
                                     std::int64_t max) const;
  // Non-negative amount: "1234.56" or a number of euros.
  [[nodiscard]] Money money(const toml::node& node, const std::string& key) const;
  // Non-negative exact rate: "5.5%", "0.68", "1/3" or a number.
  [[nodiscard]] Rational rate(const toml::node& node, const std::string& key) const;
  [[nodiscard]] Date date(const toml::node& node, const std::string& key) const;
  // Calendar months 1-12, no duplicates.
  [[nodiscard]] std::vector<unsigned> months(const toml::node& node, const std::string& key) const;

  // Optional keys: the value when present, else `fallback`.
  [[nodiscard]] Money money_or(const toml::table& t, const std::string& path, std::string_view key,
                               Money fallback) const;
  [[nodiscard]] Rational rate_or(const toml::table& t, const std::string& path, std::string_view key,
                                 const Rational& fallback) const;
  [[nodiscard]] std::int64_t integer_or(const toml::table& t, const std::string& path, std::string_view key,
                                        std::int64_t min, std::int64_t max, std::int64_t fallback) const;
  [[nodiscard]] std::string string_or(const toml::table& t, const std::string& path, std::string_view key,
                                      const std::string& fallback) const;
  [[nodiscard]] std::vector<unsigned> months_or_all(const toml::table& t, const std::string& path,
                                                    std::string_view key) const;

  [[nodiscard]] const std::string& source() const { return source_; }

 private:
  [[nodiscard]] std::string number_text(const toml::node& node, const std::string& key, const char* expected) const;
  std::string source_;
};

// "a.b" from a path and a key; the key alone at the top level.
[[nodiscard]] std::string join_key(const std::string& path, std::string_view key);
// "staff[2]": 1-based element of an array key.
[[nodiscard]] std::string element_key(const std::string& key, std::size_t index);
// "<file>:<line>" of `node`: the file it was read from (a variant merged
// over its base holds nodes of both), else `fallback`; line 1 without a node.
[[nodiscard]] std::string located(const toml::node* node, const std::string& fallback);
// The whole text of a scenario file; Error(InvalidInput) naming it if unreadable.
[[nodiscard]] std::string read_scenario_file(const std::string& path);

}  // namespace comptoir::forecast
