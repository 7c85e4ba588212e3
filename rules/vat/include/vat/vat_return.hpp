// The VAT return of a period, made from its statement: the lines of the CA3
// form in whole euros, and the settlement entry that posts the return in
// exact cents and keeps a period from being settled twice.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/book.hpp"
#include "vat/vat_statement.hpp"

namespace comptoir {

// The main lines of the CA3 return (3310-CA3-SD) from a VAT statement.
//
// Rounding: the form is filled in whole euros. Each base and each tax of
// the lines read from the books (A1, 08, 9B, 09, 19, 20, 22) is rounded to
// the nearest euro, half away from zero (0.50 counts for 1, as the notice
// asks); the totals (16, 23, 25, 28, 32) are computed from the rounded
// lines so that the form adds up. The settlement entry keeps exact cents.
struct Ca3Line {
  std::string line;      // "08", "9B", "16", ...
  std::string label_fr;  // as on the form
  std::string label_en;
  std::optional<std::int64_t> base;  // whole euros (bases HT), on lines 08/9B/09 and A1
  std::int64_t tax = 0;              // whole euros
};

// Euros of `amount` rounded half away from zero (CA3 rounding).
[[nodiscard]] std::int64_t whole_euros(Money amount);

// A1, then 08 / 9B / 09 (per vat_ca3_lines.csv; a 4457x account of no known
// rate goes on a line "?" naming the account), 16, 19, 20, 22, 23, then 25 and 27
// (credit) or 28 and 32 (net due). Lines with nothing to declare are kept
// for 08, 16, 20, 23 and the result; others only when non-zero.
[[nodiscard]] std::vector<Ca3Line> ca3_lines(const VatStatement& statement);

// The VAT settlement entry of a return period (journal OD, piece
// "CA3-<period>"): it brings the period's collected (4457x) and deductible
// (4456x) VAT back to zero, uses the credit brought forward (445670), and
// moves the difference to VAT payable (445510) or to a new credit (445670).

// "CA3-2025-T1": the piece reference of a period's settlement.
[[nodiscard]] std::string vat_settlement_piece(const VatPeriod& period);

// The entry settling `statement`, dated `date`, amounts exact in cents (the
// CA3's whole euros are not posted: the books keep cents). The entry
// balances: collected - deductible - credit brought forward = payable -
// new credit. Throws Error(InvalidInput) if the period has nothing to settle.
[[nodiscard]] Transaction vat_settlement_entry(const VatStatement& statement, Date date);

// A validated settlement and the period it settles.
struct VatSettled {
  VatPeriod period;
  std::string reference;  // "AT-2025-000412 (piece CA3-2025-T1)"
};
// The validated settlements of `entity` dated from `from` on, with their
// periods: read once by a check over many periods.
[[nodiscard]] std::vector<VatSettled> vat_settlements_from(const BookReader& reader, const std::string& entity,
                                                           Date from);
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
