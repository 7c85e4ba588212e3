// How one till day becomes an entry of journal CA (caisse Guinguettes).
#pragma once

#include <vector>

#include "till/guinguette_event.hpp"
#include "till/till_day.hpp"
#include "core/transaction.hpp"
#include "vat/vat_rate.hpp"

namespace comptoir {

// The entity and journal till takings are posted to.
inline constexpr const char* till_entity = "AT";
inline constexpr const char* till_journal = "CA";
inline constexpr const char* cash_account = "530000";  // caisse
inline constexpr const char* card_account = "511500";  // cartes bancaires à encaisser

// The draft entry of `day` (whose ttc_by_rate is parallel to `rates`) at
// `event`: debit 530000 cash and 511500 card; credit, per rate with takings,
// the sales account HT and the VAT account (split_ttc, half-up). Sales
// lines carry tags activity=guinguette-<tour> and event=<id>, VAT lines
// event=<id>. Zero amounts give no line. Precondition: total_ttc > 0.
[[nodiscard]] Transaction till_transaction(const TillDay& day, const GuinguetteEvent& event,
                                           const std::vector<VatRate>& rates);

}  // namespace comptoir
