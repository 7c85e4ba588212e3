// The two mirrored entries of an inter-association flow, and posting them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/book.hpp"
#include "interco/interco_flow.hpp"
#include "interco/interco_kind.hpp"
#include "vat/vat_rate.hpp"

namespace comptoir {

struct InterCoEntries {
  Transaction from_side;  // in the supplier's books
  Transaction to_side;    // in the receiver's books
};

// "IC-AT": the auxiliary account naming association `entity` in the other's books.
[[nodiscard]] std::string interco_auxiliary(const std::string& entity);

// Builds both entries (validated when posted), every posting tagged
// interco=<pair id> plus flow.tags; class-4 postings carry IC-<other>.
// When the kind has a VAT rate and `from` is VAT-liable, the from side
// charges VAT (amount × rate, rounded half-up to the cent) and the to side
// books the price including VAT: a VAT-liable receiver deducts it (4456x
// of the same rate digit), another one adds it to its cost in a posting
// left out of the interco tag so the combined view eliminates HT only.
// Throws Error(InvalidInput) for the same entity on both sides, an amount
// <= 0, an empty pair id or label, or an unknown VAT rate code.
[[nodiscard]] InterCoEntries build_interco_entries(const InterCoFlow& flow, const InterCoKind& kind, const Entity& from,
                                                   const Entity& to, const std::vector<VatRate>& rates);

// Checks the entities, refuses a pair id already used (InvalidInput),
// creates the IC-<other> auxiliaries if missing, and posts both entries
// validated in the caller's write scope. Returns {from id, to id}.
std::pair<std::int64_t, std::int64_t> post_interco_flow(Book& book, const InterCoFlow& flow,
                                                        const std::vector<InterCoKind>& kinds,
                                                        const std::vector<VatRate>& rates, Date validation_date);

// "IC-2025-007": the next free pair id of `year` in the form IC-<year>-NNN.
[[nodiscard]] std::string next_interco_pair_id(const BookReader& reader, int year);

}  // namespace comptoir
