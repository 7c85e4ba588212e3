// A kind of flow between the two associations, as data
// (rules/interco/data/interco_kinds.csv): the journal and accounts of each side.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace comptoir {

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

}  // namespace comptoir
