// Booking a till's Z report: each day's TTC takings split into sales HT and
// VAT, the day turned into an entry of journal CA, and the import that
// checks every day against the recorded events and earlier imports before
// posting. The caller holds one write scope around the import: any error,
// nothing lands.
#pragma once

#include <cstdint>
#include <vector>

#include "core/book.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"
#include "core/transaction.hpp"
#include "till/guinguette.hpp"
#include "till/guinguette_store.hpp"
#include "till/till_z_report.hpp"
#include "vat/vat_rate.hpp"

namespace comptoir {

// A till's takings at one VAT rate are TTC (tax included); the books need
// the HT sales and the VAT collected, summing back exactly to the TTC.
struct TillVatSplit {
  Money ht;   // hors taxes
  Money vat;  // TVA collectée
};

// ht = round(ttc / (1 + rate), HalfUp), vat = ttc - ht: ht + vat == ttc.
[[nodiscard]] TillVatSplit split_ttc(Money ttc, const Rational& rate);

// How one till day becomes an entry of journal CA (caisse Guinguettes):
// the entity, journal and accounts till takings are posted to.
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

// What an import posted: one validated CA entry per day with takings.
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
