// Parsing the numeric and date fields of a FEC file as real exports write
// them (A47 A-1 XII): no exceptions on the hot path, a plain reason on
// failure so that the reader can name the file, line and field.
#pragma once

#include <cstdint>
#include <string_view>

namespace comptoir {

// An amount in cents: comma or dot decimal, optional sign first or last
// ("-12,50", "12,50-", "+3"), zero padding, surrounding spaces, no decimals
// or more than two when the extra ones are zeros. No thousands separator.
// Returns nullptr on success, else the reason ("not a number", ...).
[[nodiscard]] const char* parse_fec_amount(std::string_view text, std::int64_t& cents);

// A calendar date as Date::days(): AAAAMMJJ (the text), or AAAA-MM-JJ,
// AAAA/MM/JJ, JJ/MM/AAAA which checkers accept. Returns nullptr on success.
[[nodiscard]] const char* parse_fec_date(std::string_view text, std::int32_t& days);

// Sens: D or +1 gives +1 (debit), C or -1 gives -1 (credit), 0 otherwise.
[[nodiscard]] int parse_fec_direction(std::string_view text);

}  // namespace comptoir
