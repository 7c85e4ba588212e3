// Parsing of the embedded reference data (core/data/*.csv).
#include "core/reference_data.hpp"

#include <string>

#include "core/error.hpp"
#include "core/semicolon_lines.hpp"

namespace comptoir_core_data {
std::string_view embedded(std::string_view file_name);
}

namespace comptoir {

std::string_view embedded_data(std::string_view file_name) {
  return comptoir_core_data::embedded(file_name);
}

std::vector<Account> parse_chart(std::string_view text, std::string_view source) {
  std::vector<Account> accounts;
  for_each_semicolon_line(text, source, [&](const std::vector<std::string>& fields, long line) {
    if (fields.size() < 2) {
      throw Error(ErrorKind::InvalidInput, at_location(std::string(source), line, "") + ": expected number;label");
    }
    if (fields[0] == "number") return;  // header
    if (!is_valid_account_number(fields[0])) {
      throw Error(ErrorKind::InvalidInput, at_location(std::string(source), line, "number") + ": '" + fields[0] +
                                               "' is not an account number (6 to 12 digits, first 1-8)");
    }
    accounts.push_back({fields[0], fields[1]});
  });
  return accounts;
}

std::vector<Entity> default_entities() {
  std::vector<Entity> entities;
  for_each_semicolon_line(
      embedded_data("entities.csv"), "entities.csv", [&](const std::vector<std::string>& f, long line) {
        if (f.at(0) == "code") return;
        if (f.size() != 4) {
          throw Error(ErrorKind::Internal, at_location("entities.csv", line, "") + ": 4 fields expected");
        }
        entities.push_back({f[0], f[1], f[2], f[3] == "yes"});
      });
  return entities;
}

std::vector<Account> default_chart() {
  return parse_chart(embedded_data("chart_of_accounts.csv"), "chart_of_accounts.csv");
}

std::vector<Journal> default_journals() {
  std::vector<Journal> journals;
  for_each_semicolon_line(embedded_data("journals.csv"), "journals.csv",
                          [&](const std::vector<std::string>& f, long /*line*/) {
                            if (f.at(0) == "code") return;
                            journals.push_back({f.at(0), f.at(1)});
                          });
  return journals;
}

}  // namespace comptoir
