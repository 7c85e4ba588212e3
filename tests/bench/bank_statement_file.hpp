// The bank statement of the benchmark's books: the 512000 postings of the
// generated FEC (AT) as the lines of one camt.053 statement, each booked by
// the bank 0 to 2 days after its entry, at most `max_lines` of them.
#pragma once

#include <cstdint>
#include <filesystem>

namespace comptoir::bench {

struct BankStatementFile {
  std::filesystem::path path;
  std::uint64_t lines = 0;
};

// Generates the same transactions as write_book_files(dir, count).
[[nodiscard]] BankStatementFile write_bank_statement(const std::filesystem::path& dir, std::uint64_t count,
                                                     std::uint64_t max_lines = 100'000);

}  // namespace comptoir::bench
