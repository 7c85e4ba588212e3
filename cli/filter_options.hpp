// The filters shared by journal, ledger and balance: --entity, --year,
// --from, --to, --account, --journal.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "core/book_reader.hpp"

namespace comptoir::cli {

struct FilterOptions {
  std::string entity;
  int year = 0;
  std::string from;
  std::string to;
  std::string account;
  std::string journal;

  // Adds the options to `cmd`.
  void add_to(CLI::App* cmd, bool with_journal);
  // Parses dates (throws Error(InvalidInput) naming the option).
  [[nodiscard]] TransactionFilter filter(StatusFilter status) const;
};

}  // namespace comptoir::cli
