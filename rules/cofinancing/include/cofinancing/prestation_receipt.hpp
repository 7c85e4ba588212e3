// The receipt of one payer's invoice of a prestation: a bank entry (BQ, AT)
// debit 512000, credit 411000 / payer for the invoice's TTC. Its 411000 line
// carries the tag prestation=<id>, which is how a payer's invoice is known to
// be settled (see PrestationDesk::pay).
#pragma once

#include <string>

#include "cofinancing/cofinancing_share.hpp"
#include "cofinancing/prestation.hpp"
#include "core/transaction.hpp"

namespace comptoir {

inline constexpr const char* receipt_journal = "BQ";
inline constexpr const char* bank_account = "512000";
inline constexpr const char* prestation_tag = "prestation";  // tag key: prestation id

// The draft receipt of `share` (its whole TTC, share_ttc) dated `date`,
// piece "REG-PR<id>-<payer>". Throws Error(InvalidInput) for a zero share.
[[nodiscard]] Transaction build_prestation_receipt(const Prestation& prestation, const CofinancingShare& share,
                                                   Date date);

}  // namespace comptoir
