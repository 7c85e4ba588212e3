// Co-financing rules: the text forms of their cap scope and base (as stored
// in the book and typed on the command line), applicability, checks and
// the shipped data file.
#include "cofinancing/cofinancing_rule.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/semicolon_lines.hpp"

// The data files of this library (data/), embedded at build time.
namespace comptoir_cofinancing_data {
std::string_view embedded(std::string_view file_name);
}

namespace comptoir {
namespace {

// Runs `parse` on one field, prefixing errors with where it came from.
template <typename F>
auto field_value(std::string_view source, long line, const char* name, F parse) {
  try {
    return parse();
  } catch (const Error& e) {
    throw Error(ErrorKind::InvalidInput, at_location(std::string(source), line, name) + ": " + e.what());
  }
}

int parse_priority(const std::string& text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || value > 100000) {
      throw Error(ErrorKind::InvalidInput, "'" + text + "' is not a priority (a whole number, lower pays first)");
    }
    value = value * 10 + (c - '0');
  }
  if (text.empty()) throw Error(ErrorKind::InvalidInput, "the priority is empty");
  return value;
}

CofinancingRule rule_of(const std::vector<std::string>& f, std::string_view source, long line) {
  CofinancingRule r;
  r.code = f[0];
  r.funder = f[1];
  r.funder_name = f[2];
  r.rate = field_value(source, line, "rate", [&] { return parse_rational(f[3]); });
  r.cap = field_value(source, line, "cap", [&] { return Money::parse(f[4]); });
  r.cap_scope = field_value(source, line, "scope", [&] { return parse_cofinancing_cap_scope(f[5]); });
  r.base = field_value(source, line, "base", [&] { return parse_cofinancing_base(f[6]); });
  r.valid_from = field_value(source, line, "valid_from", [&] { return Date::parse(f[7]); });
  if (!f[8].empty()) r.valid_to = field_value(source, line, "valid_to", [&] { return Date::parse(f[8]); });
  r.eligibility_flag = f[9];
  r.priority = field_value(source, line, "priority", [&] { return parse_priority(f[10]); });
  field_value(source, line, "rule", [&] {
    check_cofinancing_rule(r);
    return 0;
  });
  return r;
}

}  // namespace

CofinancingCapScope parse_cofinancing_cap_scope(std::string_view text) {
  if (text == "commune") return CofinancingCapScope::PerCommune;
  if (text == "prestation") return CofinancingCapScope::PerPrestation;
  if (text == "commune-year") return CofinancingCapScope::PerCommuneYear;
  throw Error(ErrorKind::InvalidInput,
              "cap scope '" + std::string(text) + "': expected commune, prestation or commune-year");
}

std::string to_string(CofinancingCapScope scope) {
  switch (scope) {
    case CofinancingCapScope::PerCommune:
      return "commune";
    case CofinancingCapScope::PerPrestation:
      return "prestation";
    case CofinancingCapScope::PerCommuneYear:
      return "commune-year";
  }
  return "?";
}

CofinancingBase parse_cofinancing_base(std::string_view text) {
  if (text == "ht" || text == "HT") return CofinancingBase::ExcludingTax;
  if (text == "ttc" || text == "TTC") return CofinancingBase::IncludingTax;
  throw Error(ErrorKind::InvalidInput, "base '" + std::string(text) + "': expected ht or ttc");
}

std::string to_string(CofinancingBase base) {
  return base == CofinancingBase::ExcludingTax ? "ht" : "ttc";
}

bool CofinancingRule::applies_to(const Commune& commune, Date date) const {
  if (date < valid_from) return false;
  if (valid_to && *valid_to < date) return false;
  return eligibility_flag.empty() || commune.has_flag(eligibility_flag);
}

void check_cofinancing_rule(const CofinancingRule& rule) {
  if (rule.code.empty()) throw Error(ErrorKind::InvalidInput, "a co-financing rule needs a code");
  if (rule.funder.empty()) throw Error(ErrorKind::InvalidInput, "rule " + rule.code + ": the funder code is empty");
  if (rule.rate <= 0 || rule.rate > 1) {
    throw Error(ErrorKind::InvalidInput, "rule " + rule.code + ": the rate must be above 0 and at most 1 (100 %)");
  }
  if (rule.cap.is_negative()) throw Error(ErrorKind::InvalidInput, "rule " + rule.code + ": negative cap");
  if (rule.valid_to && *rule.valid_to < rule.valid_from) {
    throw Error(ErrorKind::InvalidInput, "rule " + rule.code + ": it ends before it starts");
  }
}

std::vector<CofinancingRule> parse_cofinancing_rules(std::string_view text, std::string_view source) {
  std::vector<CofinancingRule> rules;
  for_each_semicolon_line(text, source, [&](const std::vector<std::string>& f, long line) {
    if (!f.empty() && f[0] == "code") return;  // header
    if (f.size() != 11) {
      throw Error(ErrorKind::InvalidInput, at_location(std::string(source), line, "") +
                                               ": expected 11 fields (code;funder;funder_name;rate;cap;scope;base;"
                                               "valid_from;valid_to;flag;priority)");
    }
    rules.push_back(rule_of(f, source, line));
  });
  return rules;
}

std::vector<CofinancingRule> default_cofinancing_rules() {
  return parse_cofinancing_rules(comptoir_cofinancing_data::embedded("cofinancing_rules.csv"), "cofinancing_rules.csv");
}

void sort_by_priority(std::vector<CofinancingRule>& rules) {
  std::stable_sort(rules.begin(), rules.end(), [](const CofinancingRule& a, const CofinancingRule& b) {
    return a.priority != b.priority ? a.priority < b.priority : a.code < b.code;
  });
}

}  // namespace comptoir
