// The main lines of the CA3 return (3310-CA3-SD) from a VAT statement.
//
// Rounding: the form is filled in whole euros. Each base and each tax of
// the lines read from the books (A1, 08, 9B, 09, 19, 20, 22) is rounded to
// the nearest euro, half away from zero (0.50 counts for 1, as the notice
// asks); the totals (16, 23, 25, 28, 32) are computed from the rounded
// lines so that the form adds up. The settlement entry keeps exact cents.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "vat/vat_statement.hpp"

namespace comptoir {

struct Ca3Line {
  std::string line;      // "08", "9B", "16", ...
  std::string label_fr;  // as on the form
  std::string label_en;
  std::optional<std::int64_t> base;  // whole euros (bases HT), on lines 08/9B/09 and A1
  std::int64_t tax = 0;              // whole euros
};

// Euros of `amount` rounded half away from zero (CA3 rounding).
[[nodiscard]] std::int64_t whole_euros(Money amount);

// A1, then 08 / 9B / 09 (per vat_ca3_lines.csv; a 4457x account of no known
// rate goes on a line "?" naming the account), 16, 19, 20, 22, 23, then 25 and 27
// (credit) or 28 and 32 (net due). Lines with nothing to declare are kept
// for 08, 16, 20, 23 and the result; others only when non-zero.
[[nodiscard]] std::vector<Ca3Line> ca3_lines(const VatStatement& statement);

}  // namespace comptoir
