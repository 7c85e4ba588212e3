// One posting seen with its transaction header: a line of the general
// ledger (grand livre) or of a journal listing.
#pragma once

#include <cstdint>
#include <string>

#include "core/date.hpp"
#include "core/posting.hpp"

namespace comptoir {

struct LedgerLine {
  std::string entity;
  std::int64_t transaction_id = 0;
  int fiscal_year = 0;
  std::int64_t sequence = 0;  // 0 for drafts
  std::string journal;
  Date date;
  std::string piece_ref;
  std::string transaction_label;
  Posting posting;
};

}  // namespace comptoir
