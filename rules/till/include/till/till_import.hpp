// Importing a till's Z report: every day is checked against the recorded
// events and earlier imports, then posted as a validated CA entry. The
// caller holds one write scope around the call: any error, nothing lands.
#pragma once

#include <cstdint>
#include <vector>

#include "core/book.hpp"
#include "till/guinguette_store.hpp"
#include "till/till_z_report.hpp"

namespace comptoir {

struct TillImportResult {
  std::int64_t import_id = 0;
  std::size_t days = 0;
  std::vector<std::int64_t> transaction_ids;  // one per day with takings
  Money total_ttc;
};

// Throws Error(InvalidInput) "<file>:<line>: field '<column>': <reason>"
// when the file was already imported, a day has no event of its tour or was
// already imported; Book::post's errors come back with the file and line.
// Entries are validated on `today`.
TillImportResult import_till_report(Book& book, GuinguetteStore& store, const TillZReport& report,
                                    const std::vector<VatRate>& rates, Date today);

}  // namespace comptoir
