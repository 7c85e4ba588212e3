// Writes the benchmark's input files for one N, all from the same generated
// transactions: the FEC of AT, the bulk posting CSV (AT and RES), the plain
// CSV of the sqlite3 baseline and the ledger/hledger journal.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace comptoir::bench {

struct AccountTotals {
  std::int64_t debit = 0;  // cents
  std::int64_t credit = 0;
};

struct BookFiles {
  std::filesystem::path fec;              // AT, every transaction, the 18 FEC columns
  std::filesystem::path bulk_csv;         // `comptoir post --file`: odd txn AT, even txn RES
  std::filesystem::path bare_csv;         // txn,journal,date,account,label,debit,credit (cents)
  std::filesystem::path ledger_journal;   // ledger-cli
  std::filesystem::path hledger_journal;  // the same journal (a hard link)
  std::uint64_t transactions = 0;
  std::uint64_t postings = 0;
  std::uint64_t busy_postings = 0;                  // postings on busy_account in the FEC (AT) books
  std::map<std::string, AccountTotals> fec_totals;  // per account, as the FEC books them
};

// Generates `count` transactions into `dir` (created if needed).
// Throws std::runtime_error when a file cannot be written or the generator
// uses an account missing from the embedded chart.
[[nodiscard]] BookFiles write_book_files(const std::filesystem::path& dir, std::uint64_t count);

}  // namespace comptoir::bench
