// What the year-end closing should post for the dedicated funds of one
// entity: per earmarked agreement the year's row (and the rows of earlier
// years, the multi-year roll-forward) and the draft entries: allocations
// Dr 689x / Cr 19x and releases Dr 19x / Cr 789x, dated 31 December.
#pragma once

#include <vector>

#include "grants/grant_funds.hpp"
#include "core/transaction.hpp"

namespace comptoir {

struct GrantFundsProposal {
  std::string entity;
  int year = 0;
  std::vector<GrantFundsRow> history;  // every agreement's rows up to `year`, by agreement then year
  std::vector<GrantFundsRow> rows;     // the rows of `year`
  std::vector<Transaction> entries;    // drafts, journal OD, not posted
};

}  // namespace comptoir
