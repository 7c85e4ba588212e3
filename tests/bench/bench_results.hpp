// What the benchmark measured: per N, one cell per operation (median wall
// time over the runs, maximum peak RSS, or why there is no figure).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace comptoir::bench {

enum class Operation {
  SqliteImport,    // sqlite3 .import of the same postings as CSV: the baseline
  FecImport,       // comptoir import fec (AT, every transaction)
  PostImport,      // comptoir post --file --validate (AT and RES)
  TrialBalance,    // comptoir balance --entity AT --year 2025 --format csv
  GeneralLedger,   // comptoir ledger --entity AT --account <busy> --format csv
  Verify,          // comptoir verify
  Close,           // comptoir close --entity AT --year 2025 --accept-warnings, on a copy
  BalanceSheet,    // comptoir report balance-sheet --year 2026 on the closed copy: N-1 is the big year
  LedgerXlsx,      // comptoir --format xlsx --out F ledger --entity AT --year 2025: every posting, a workbook
  LedgerBalance,   // ledger -f books.ledger balance
  HledgerBalance,  // hledger -f books.journal balance
};
inline constexpr std::size_t operation_count = 11;

[[nodiscard]] std::string_view operation_name(Operation op);

struct Measurement {
  bool measured = false;
  double median_ms = 0;
  double peak_mb = 0;  // the maximum over the runs
  int runs = 0;
  std::string failure;  // "exit 3", "timeout", "not installed", "skipped"... when not measured
};

struct SizeResult {
  std::uint64_t transactions = 0;
  std::uint64_t postings = 0;
  std::uint64_t busy_postings = 0;
  double generation_ms = 0;
  std::array<Measurement, operation_count> cells{};
  std::vector<std::string> problems;  // wrong outputs found by output_check

  [[nodiscard]] Measurement& at(Operation op) { return cells.at(static_cast<std::size_t>(op)); }
  [[nodiscard]] const Measurement& at(Operation op) const { return cells.at(static_cast<std::size_t>(op)); }
};

}  // namespace comptoir::bench
