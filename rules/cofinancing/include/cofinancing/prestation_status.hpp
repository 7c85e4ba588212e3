// Where a prestation stands, from quote to payment. Once invoiced its split
// between payers is fixed: the invoices are validated entries.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace comptoir {

enum class PrestationStatus { Quoted, Signed, Delivered, Invoiced, Paid };

// "quoted" | "signed" | "delivered" | "invoiced" | "paid"; throws Error(InvalidInput).
[[nodiscard]] PrestationStatus parse_prestation_status(std::string_view text);
[[nodiscard]] std::string to_string(PrestationStatus status);
// Invoiced or paid: its split can no longer change.
[[nodiscard]] inline bool is_invoiced(PrestationStatus s) {
  return s == PrestationStatus::Invoiced || s == PrestationStatus::Paid;
}

// The one status a prestation may move to from `from` (quoted → signed →
// delivered → invoiced → paid); `from` itself for paid, which is final.
[[nodiscard]] PrestationStatus next_status(PrestationStatus from);
// Throws Error(InvalidInput) naming prestation `id`, its status and the
// allowed next step unless `to` is next_status(from).
void check_prestation_transition(std::int64_t id, PrestationStatus from, PrestationStatus to);

}  // namespace comptoir
