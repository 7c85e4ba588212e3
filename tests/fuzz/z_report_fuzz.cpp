// A till's Z reports (CSV): parsed with the embedded VAT rates. An accepted
// file keeps the checks its reader promises: every amount >= 0 and each day's
// totals agree to the cent.
#include "fuzz_support.hpp"
#include "till/till_z_report.hpp"
#include "vat/vat_rate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace comptoir;
  static const std::vector<VatRate> rates = default_vat_rates();
  TillZReport report;
  if (!fuzz::parses([&] { report = parse_till_z_report(fuzz::as_text(data, size), "fuzz.csv", rates); })) return 0;
  for (const auto& day : report.days) {
    Money by_rate;
    for (const auto& ttc : day.ttc_by_rate) {
      if (ttc.is_negative()) fuzz::finding("a negative amount by rate was accepted");
      by_rate += ttc;
    }
    if (day.ttc_by_rate.size() != rates.size()) fuzz::finding("a day's amounts are not parallel to the rates");
    if (day.total_ttc.is_negative() || day.cash.is_negative() || day.card.is_negative()) {
      fuzz::finding("a negative total or payment was accepted");
    }
    if (by_rate != day.total_ttc || day.cash + day.card != day.total_ttc) {
      fuzz::finding("a day whose totals differ was accepted");
    }
  }
  return 0;
}
