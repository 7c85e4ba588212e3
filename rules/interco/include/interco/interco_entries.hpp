// A flow between the two associations (re-invoiced staff time, a shared
// cost, a grant passed on, a payment), the kinds of flow as data, and the
// two mirrored entries a flow becomes, with posting them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/book.hpp"
#include "core/date.hpp"
#include "core/money.hpp"
#include "core/transaction.hpp"
#include "vat/vat_rate.hpp"

namespace comptoir {

// A kind of flow between the two associations, as data
// (rules/interco/data/interco_kinds.csv): the journal and accounts of each side.
struct InterCoKind {
  std::string code;  // staff, shared-cost, grant, payment
  std::string label;
  std::string from_journal, from_debit, from_credit;  // the side that supplies
  std::string to_journal, to_debit, to_credit;        // the side that receives
  std::string vat_rate;  // vat_rates.csv code charged by a VAT-liable from side; "" = outside VAT
};

// Parses "kind;label;from_journal;from_debit;from_credit;to_journal;to_debit;
// to_credit;vat_rate" lines. Throws Error(InvalidInput) naming source and line.
[[nodiscard]] std::vector<InterCoKind> parse_interco_kinds(std::string_view text, std::string_view source);
// The kinds shipped in the binary (embedded interco_kinds.csv).
[[nodiscard]] std::vector<InterCoKind> default_interco_kinds();
// The kind `code`; throws Error(InvalidInput) listing the known kinds.
[[nodiscard]] const InterCoKind& find_interco_kind(const std::vector<InterCoKind>& kinds, std::string_view code);

// The tag that links the two sides of a flow: interco=<pair id>. The
// combined view (reports) eliminates class 6/7 postings carrying it.
inline constexpr const char* interco_tag = "interco";

// One flow, before it becomes two mirrored entries.
struct InterCoFlow {
  std::string pair_id;  // IC-2025-001: the interco tag's value, shared by both sides
  std::string from;     // entity that supplies
  std::string to;       // entity that receives
  std::string kind;     // interco_kinds.csv code
  Money amount;         // excluding VAT; > 0
  Date date;
  std::string label;
  std::string piece;  // piece reference of both entries (default: the pair id)
  Tags tags;          // extra analytic tags on every posting (activity=...)
};

// The two mirrored entries of a flow.
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
