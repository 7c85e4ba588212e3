// One tranche of an agreement: an amount called (appel de fonds: the
// receivable and the income are booked) or received (the bank is credited
// by the funder), with the validated entry that booked it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir {

enum class GrantTrancheKind { Call, Receipt };

struct GrantTranche {
  std::int64_t id = 0;  // store id, entry order
  std::string grant;    // agreement code
  GrantTrancheKind kind = GrantTrancheKind::Call;
  Date date;
  Money amount;  // positive
  std::int64_t transaction_id = 0;
  std::string piece;
};

// "call" | "receipt"; parse throws Error(InvalidInput).
[[nodiscard]] std::string to_string(GrantTrancheKind kind);
[[nodiscard]] GrantTrancheKind parse_grant_tranche_kind(std::string_view text);

}  // namespace comptoir
