// Loading and querying the category scheme (activity_categories.csv).
#include "reports/category_scheme.hpp"

#include <set>
#include <sstream>
#include <utility>

#include "core/error.hpp"

namespace comptoir_reports_data {
std::string_view embedded(std::string_view file_name);
}

namespace comptoir {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(text);
  while (std::getline(in, field, separator)) fields.push_back(field);
  if (!text.empty() && text.back() == separator) fields.emplace_back();
  return fields;
}

std::vector<std::string> parse_prefixes(const std::string& text, CategorySide side, const std::string& where) {
  std::vector<std::string> prefixes;
  std::istringstream in(text);
  std::string prefix;
  const char wanted_class = side == CategorySide::Expense ? '6' : '7';
  while (in >> prefix) {
    if (prefix.find_first_not_of("0123456789") != std::string::npos || prefix[0] != wanted_class) {
      throw Error(ErrorKind::InvalidInput, where + ": prefix '" + prefix + "' is not a class-" +
                                               std::string(1, wanted_class) + " account prefix");
    }
    prefixes.push_back(prefix);
  }
  if (prefixes.empty()) throw Error(ErrorKind::InvalidInput, where + ": a category needs at least one prefix");
  return prefixes;
}

CategoryDefinition parse_line(const std::vector<std::string>& f, const std::string& where) {
  if (f.size() != 6) {
    throw Error(
        ErrorKind::InvalidInput,
        where + ": expected 6 fields (entity;side;code;label_fr;label_en;prefixes), found " + std::to_string(f.size()));
  }
  CategoryDefinition c;
  c.entity = f[0];
  try {
    c.side = parse_category_side(f[1]);
  } catch (const Error& e) {
    throw Error(ErrorKind::InvalidInput, where + ": " + e.what());
  }
  c.code = f[2];
  c.label_fr = f[3];
  c.label_en = f[4];
  if (c.entity.empty() || c.code.empty() || c.label_fr.empty() || c.label_en.empty()) {
    throw Error(ErrorKind::InvalidInput, where + ": entity, code and labels must not be empty");
  }
  if (c.code == CategoryScheme::other_code) {
    throw Error(ErrorKind::InvalidInput, where + ": the code 'other' is reserved for unmatched accounts");
  }
  c.prefixes = parse_prefixes(f[5], c.side, where);
  return c;
}

}  // namespace

CategoryScheme CategoryScheme::parse(std::string_view text, std::string_view source) {
  CategoryScheme scheme;
  std::set<std::string> codes;     // entity|side|code
  std::set<std::string> prefixes;  // entity|side|prefix
  std::istringstream in{std::string(text)};
  std::string line;
  long number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#' || line.rfind("entity;", 0) == 0) continue;
    const std::string where = at_location(std::string(source), number, "");
    CategoryDefinition c = parse_line(split(line, ';'), where);
    const std::string scope = c.entity + "|" + to_string(c.side) + "|";
    if (!codes.insert(scope + c.code).second) {
      throw Error(ErrorKind::InvalidInput, where + ": category '" + c.code + "' is defined twice for " + c.entity);
    }
    for (const auto& p : c.prefixes) {
      if (!prefixes.insert(scope + p).second) {
        throw Error(ErrorKind::InvalidInput, where + ": prefix " + p + " is already used by another " +
                                                 to_string(c.side) + " category of " + c.entity);
      }
    }
    scheme.categories_.push_back(std::move(c));
  }
  return scheme;
}

CategoryScheme CategoryScheme::activity_report() {
  return parse(comptoir_reports_data::embedded("activity_categories.csv"), "activity_categories.csv");
}

std::vector<CategoryDefinition> CategoryScheme::categories_of(const std::string& entity, CategorySide side) const {
  std::vector<CategoryDefinition> out;
  for (const auto& c : categories_) {
    if (c.entity == entity && c.side == side) out.push_back(c);
  }
  return out;
}

bool CategoryScheme::has_entity(const std::string& entity) const {
  for (const auto& c : categories_) {
    if (c.entity == entity) return true;
  }
  return false;
}

const CategoryDefinition* CategoryScheme::classify(const std::string& entity, CategorySide side,
                                                   const std::string& account) const {
  const CategoryDefinition* best = nullptr;
  std::size_t best_length = 0;
  for (const auto& c : categories_) {
    if (c.entity != entity || c.side != side) continue;
    for (const auto& p : c.prefixes) {
      if (p.size() > best_length && account.compare(0, p.size(), p) == 0) {
        best = &c;
        best_length = p.size();
      }
    }
  }
  return best;
}

}  // namespace comptoir
