// Demo books: the opening balances of 2025 (à-nouveaux, journal AN, dated
// 1 January) and the settlement during the year of the 2024 items they carry.
#include "demo_context.hpp"

namespace comptoir {
namespace {

const Date kOpening = Date::from_ymd(2025, 1, 1);

void at_opening(DemoContext& demo) {
  Transaction t = demo_entry("AT", "AN", kOpening, "AN-2025", "À-nouveaux 2025");
  t.postings = {
      debit("512000", euros(168000)),
      debit("441000", euros(24000), "F-REGION-GE", {{"grant", "REGION-GE-2024"}}),
      credit("102000", euros(40000)),
      credit("110000", euros(122500)),
      credit("401000", euros(17500), "S-FRANCE-BOISSONS"),
      credit("431000", euros(12000)),
  };
  demo.add(std::move(t));
  Transaction grant =
      demo_entry("AT", "BQ", Date::from_ymd(2025, 2, 14), "VIR-REGION-2024", "Région Grand Est: solde 2024");
  grant.postings = {debit("512000", euros(24000)),
                    credit("441000", euros(24000), "F-REGION-GE", {{"grant", "REGION-GE-2024"}})};
  demo.add(std::move(grant));
  Transaction supplier =
      demo_entry("AT", "BQ", Date::from_ymd(2025, 1, 10), "VIR-FB-2024", "France Boissons: factures 2024");
  supplier.postings = {debit("401000", euros(17500), "S-FRANCE-BOISSONS"), credit("512000", euros(17500))};
  demo.add(std::move(supplier));
  Transaction social =
      demo_entry("AT", "BQ", Date::from_ymd(2025, 1, 15), "URSSAF-2024-12", "Charges sociales décembre 2024");
  social.postings = {debit("431000", euros(12000)), credit("512000", euros(12000))};
  demo.add(std::move(social));
}

void res_opening(DemoContext& demo) {
  Transaction t = demo_entry("RES", "AN", kOpening, "AN-2025", "À-nouveaux 2025");
  t.postings = {
      debit("512000", euros(212000)), debit("467000", euros(30000), "P-KRONENBOURG"),
      credit("102000", euros(60000)), credit("110000", euros(166000)),
      credit("431000", euros(16000)),
  };
  demo.add(std::move(t));
  Transaction aid =
      demo_entry("RES", "BQ", Date::from_ymd(2025, 1, 28), "VIR-KRO-2024", "Fondation Kronenbourg: solde 2024");
  aid.postings = {debit("512000", euros(30000)), credit("467000", euros(30000), "P-KRONENBOURG")};
  demo.add(std::move(aid));
  Transaction social =
      demo_entry("RES", "BQ", Date::from_ymd(2025, 1, 15), "URSSAF-2024-12", "Charges sociales décembre 2024");
  social.postings = {debit("431000", euros(16000)), credit("512000", euros(16000))};
  demo.add(std::move(social));
}

}  // namespace

void add_demo_opening_balances(DemoContext& demo) {
  at_opening(demo);
  res_opening(demo);
}

}  // namespace comptoir
