// Strict typed access to TOML values for scenario files. Numbers never go
// through a double: a TOML float is turned back into the shortest decimal
// text that round-trips (the text that was written) and parsed exactly.
#include "toml_reader.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "core/error.hpp"

namespace comptoir::forecast {
namespace {

std::string type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

}  // namespace

std::string join_key(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string read_scenario_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::InvalidInput, path + ": cannot read the scenario file");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string located(const toml::node* node, const std::string& fallback) {
  long line = node != nullptr ? static_cast<long>(node->source().begin.line) : 0;
  if (line <= 0) line = 1;
  // A merged variant holds nodes of several files: each names its own.
  const bool own_file = node != nullptr && node->source().path != nullptr && line > 0;
  return (own_file ? *node->source().path : fallback) + ":" + std::to_string(line);
}

std::string element_key(const std::string& key, std::size_t index) {
  return key + "[" + std::to_string(index + 1) + "]";
}

void TomlReader::fail(const toml::node* node, const std::string& key, const std::string& reason) const {
  throw Error(ErrorKind::InvalidInput, located(node, source_) + ": key '" + key + "': " + reason);
}

void TomlReader::check_keys(const toml::table& t, const std::string& path,
                            std::initializer_list<std::string_view> allowed) const {
  for (auto&& [k, v] : t) {
    if (std::find(allowed.begin(), allowed.end(), k.str()) != allowed.end()) continue;
    std::string known;
    for (auto a : allowed) known += (known.empty() ? "" : ", ") + std::string(a);
    fail(&v, join_key(path, k.str()), "unknown key (expected one of: " + known + ")");
  }
}

const toml::node& TomlReader::required(const toml::table& t, const std::string& path, std::string_view key) const {
  if (const toml::node* n = t.get(key)) return *n;
  fail(&t, join_key(path, key),
       path.empty() ? "missing (required at the top level)" : "missing (required in [" + path + "])");
}

const toml::table& TomlReader::table(const toml::node& node, const std::string& key) const {
  if (const auto* t = node.as_table()) return *t;
  fail(&node, key, "expected a table, got " + type_name(node));
}

const toml::array& TomlReader::array(const toml::node& node, const std::string& key) const {
  if (const auto* a = node.as_array()) return *a;
  fail(&node, key, "expected an array, got " + type_name(node));
}

std::string TomlReader::string(const toml::node& node, const std::string& key) const {
  if (const auto* s = node.as_string()) return s->get();
  fail(&node, key, "expected a string, got " + type_name(node));
}

std::int64_t TomlReader::integer(const toml::node& node, const std::string& key, std::int64_t min,
                                 std::int64_t max) const {
  const auto* i = node.as_integer();
  if (i == nullptr) fail(&node, key, "expected an integer, got " + type_name(node));
  if (i->get() < min || i->get() > max) {
    fail(&node, key,
         std::to_string(i->get()) + " is out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")");
  }
  return i->get();
}

std::string TomlReader::number_text(const toml::node& node, const std::string& key, const char* expected) const {
  if (const auto* s = node.as_string()) return s->get();
  if (const auto* i = node.as_integer()) return std::to_string(i->get());
  if (const auto* f = node.as_floating_point()) {
    char buffer[400];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, f->get(), std::chars_format::fixed);
    if (ec != std::errc()) fail(&node, key, "number out of range");
    return std::string(buffer, end);
  }
  fail(&node, key, std::string("expected ") + expected + ", got " + type_name(node));
}

Money TomlReader::money(const toml::node& node, const std::string& key) const {
  std::string text = number_text(node, key, "an amount (\"1234.56\" or a number)");
  Money m;
  try {
    m = Money::parse(text);
  } catch (const Error& e) {
    fail(&node, key, e.what());
  }
  if (m.is_negative()) fail(&node, key, "amount " + text + " must not be negative");
  return m;
}

Rational TomlReader::rate(const toml::node& node, const std::string& key) const {
  std::string text = number_text(node, key, "a rate (\"5.5%\", \"0.68\" or a number)");
  Rational r;
  try {
    r = parse_rational(text);
  } catch (const Error& e) {
    fail(&node, key, e.what());
  }
  if (r < 0) fail(&node, key, "value " + text + " must not be negative");
  return r;
}

Date TomlReader::date(const toml::node& node, const std::string& key) const {
  try {
    if (const auto* d = node.as_date()) {
      const toml::date& v = d->get();
      return Date::from_ymd(v.year, v.month, v.day);
    }
    if (const auto* s = node.as_string()) return Date::parse(s->get());
  } catch (const Error& e) {
    fail(&node, key, e.what());
  }
  fail(&node, key, "expected a date (2026-04-01), got " + type_name(node));
}

std::vector<unsigned> TomlReader::months(const toml::node& node, const std::string& key) const {
  std::vector<unsigned> out;
  const toml::array& a = array(node, key);
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto m = static_cast<unsigned>(integer(*a.get(i), element_key(key, i), 1, 12));
    if (std::find(out.begin(), out.end(), m) != out.end()) fail(a.get(i), element_key(key, i), "month listed twice");
    out.push_back(m);
  }
  if (out.empty()) fail(&node, key, "empty list of months (leave the key out for all year)");
  return out;
}

Money TomlReader::money_or(const toml::table& t, const std::string& path, std::string_view key, Money fallback) const {
  const toml::node* n = t.get(key);
  return n != nullptr ? money(*n, join_key(path, key)) : fallback;
}

Rational TomlReader::rate_or(const toml::table& t, const std::string& path, std::string_view key,
                             const Rational& fallback) const {
  const toml::node* n = t.get(key);
  return n != nullptr ? rate(*n, join_key(path, key)) : fallback;
}

std::int64_t TomlReader::integer_or(const toml::table& t, const std::string& path, std::string_view key,
                                    std::int64_t min, std::int64_t max, std::int64_t fallback) const {
  const toml::node* n = t.get(key);
  return n != nullptr ? integer(*n, join_key(path, key), min, max) : fallback;
}

std::string TomlReader::string_or(const toml::table& t, const std::string& path, std::string_view key,
                                  const std::string& fallback) const {
  const toml::node* n = t.get(key);
  return n != nullptr ? string(*n, join_key(path, key)) : fallback;
}

std::vector<unsigned> TomlReader::months_or_all(const toml::table& t, const std::string& path,
                                                std::string_view key) const {
  const toml::node* n = t.get(key);
  return n != nullptr ? months(*n, join_key(path, key)) : std::vector<unsigned>{};
}

}  // namespace comptoir::forecast
