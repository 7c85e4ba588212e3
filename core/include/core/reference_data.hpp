// The reference data a new book starts from, shipped in core/data/ and
// embedded in the binaries: entities, chart of accounts, journals.
#pragma once

#include <string_view>
#include <vector>

#include "core/chart.hpp"

namespace comptoir {

// The raw text of an embedded data file ("chart_of_accounts.csv", ...).
// Throws std::out_of_range for an unknown name.
[[nodiscard]] std::string_view embedded_data(std::string_view file_name);

[[nodiscard]] std::vector<Entity> default_entities();
[[nodiscard]] std::vector<Account> default_chart();
[[nodiscard]] std::vector<Journal> default_journals();

// Parses a chart file: "number;label[;origin]" lines, '#' comments and a
// header line allowed. Throws Error(InvalidInput) naming `source` and the line.
[[nodiscard]] std::vector<Account> parse_chart(std::string_view text, std::string_view source);

}  // namespace comptoir
