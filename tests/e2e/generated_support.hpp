// Input files made up by the tests that need many entries (a large import
// to kill, an import to run out of space).
#pragma once

#include <string>

namespace comptoir::e2e {

// A FEC (tab-separated, comma decimals) of `entries` two-line sales entries
// of 2025 (411000 debit, 706000 credit, journal VE), dates spread over the
// year, amounts varied, EcritureNum 1..entries.
[[nodiscard]] std::string sales_fec(int entries);

}  // namespace comptoir::e2e
