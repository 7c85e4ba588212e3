// Small text helpers shared by the bank readers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bank/bank_statement.hpp"

namespace comptoir::bank_text {

// The text as UTF-8: kept when it is valid UTF-8, else read as Windows-1252
// (French banks' older exports) and converted.
[[nodiscard]] std::string as_utf8(std::string_view text);
[[nodiscard]] std::string trim(std::string_view text);
// Collapses runs of white space to one space and trims.
[[nodiscard]] std::string squeeze(std::string_view text);
// Gives each line without a bank reference one derived from its date,
// amount and label ("H" + 16 hex digits; the n-th identical line of a file
// gets a different one), so that the same line read twice is recognised.
void derive_missing_references(std::vector<BankLine>& lines);
// "dd/mm/yyyy" (or ISO) into a Date; throws Error(InvalidInput) at `where`.
[[nodiscard]] Date parse_date(std::string_view text, const std::string& where);
// An amount into Money; throws Error(InvalidInput) at `where`.
[[nodiscard]] Money parse_amount(std::string_view text, const std::string& where);

}  // namespace comptoir::bank_text
