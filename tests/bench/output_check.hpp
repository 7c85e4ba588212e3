// Checks that what comptoir printed matches the generated books: a fast
// wrong answer is not a result. Each function returns the problems found
// (empty when the output is right).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "book_files.hpp"

namespace comptoir::bench {

// `balance --format csv` output (account,label,debit,credit,balance) against
// the per-account totals of the FEC.
[[nodiscard]] std::vector<std::string> check_trial_balance(const std::filesystem::path& csv,
                                                           const std::map<std::string, AccountTotals>& expected);

// `ledger --account A --format csv` output: one row per posting on A.
[[nodiscard]] std::vector<std::string> check_ledger_rows(const std::filesystem::path& csv, std::uint64_t expected_rows);

}  // namespace comptoir::bench
