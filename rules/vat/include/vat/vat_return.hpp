// The VAT settlement entry of a return period (journal OD, piece
// "CA3-<period>"): it brings the period's collected (4457x) and deductible
// (4456x) VAT back to zero, uses the credit brought forward (445670), and
// moves the difference to VAT payable (445510) or to a new credit (445670).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/book.hpp"
#include "vat/vat_statement.hpp"

namespace comptoir {

// "CA3-2025-T1": the piece reference of a period's settlement.
[[nodiscard]] std::string vat_settlement_piece(const VatPeriod& period);

// The entry settling `statement`, dated `date`, amounts exact in cents (the
// CA3's whole euros are not posted: the books keep cents). The entry
// balances: collected - deductible - credit brought forward = payable -
// new credit. Throws Error(InvalidInput) if the period has nothing to settle.
[[nodiscard]] Transaction vat_settlement_entry(const VatStatement& statement, Date date);

// The reference (or piece) of a validated settlement of `entity` whose
// period overlaps `period`, if any. A settlement's period is read from its
// piece "CA3-<period>", else taken as the month of its date.
[[nodiscard]] std::optional<std::string> find_vat_settlement(const BookReader& reader, const std::string& entity,
                                                             const VatPeriod& period);

struct VatSettlement {
  VatStatement statement;
  std::int64_t transaction_id = 0;
};

// Computes the statement and posts its settlement entry validated, inside
// the caller's write scope. Throws Error(Locked) if the period is already
// settled or `date` is in a closed fiscal year, Error(InvalidInput) for a
// non-VAT-liable entity or nothing to settle.
VatSettlement settle_vat_period(Book& book, const std::string& entity, const VatPeriod& period,
                                const std::vector<VatRate>& rates, Date date, Date validation_date);

}  // namespace comptoir
