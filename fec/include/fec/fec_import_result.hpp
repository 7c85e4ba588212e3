// What a FEC import did, for the CLI's summary.
#pragma once

#include <cstddef>

namespace comptoir {

struct FecImportResult {
  std::size_t entries = 0;              // transactions posted and validated
  std::size_t lines = 0;                // postings written
  std::size_t skipped_zero_lines = 0;   // lines with zero debit and credit (not booked)
  std::size_t skipped_empty_entries = 0;  // entries made only of zero lines
  std::size_t created_accounts = 0;
  std::size_t created_auxiliaries = 0;
  std::size_t created_journals = 0;
};

}  // namespace comptoir
