// Demo books: the opening balances of 2025 (à-nouveaux, journal AN, dated
// 1 January) and the settlement during the year of the 2024 items they carry.
#include "demo_context.hpp"

namespace comptoir {
namespace {

const Date kOpening = Date::from_ymd(2025, 1, 1);

void at_opening(DemoContext& demo) {
  Transaction t = Transaction::draft("AT", "AN", kOpening, "AN-2025", "À-nouveaux 2025");
  t.postings = {
      Posting::debiting("512000", euros(168000)),
      Posting::debiting("441000", euros(24000), {.auxiliary = "F-REGION-GE", .tags = {{"grant", "REGION-GE-2024"}}}),
      Posting::crediting("102000", euros(40000)),
      Posting::crediting("110000", euros(122500)),
      Posting::crediting("401000", euros(17500), {.auxiliary = "S-FRANCE-BOISSONS"}),
      Posting::crediting("431000", euros(12000)),
  };
  demo.add(std::move(t));
  Transaction grant =
      Transaction::draft("AT", "BQ", Date::from_ymd(2025, 2, 14), "VIR-REGION-2024", "Région Grand Est: solde 2024");
  grant.postings = {
      Posting::debiting("512000", euros(24000)),
      Posting::crediting("441000", euros(24000), {.auxiliary = "F-REGION-GE", .tags = {{"grant", "REGION-GE-2024"}}})};
  demo.add(std::move(grant));
  Transaction supplier =
      Transaction::draft("AT", "BQ", Date::from_ymd(2025, 1, 10), "VIR-FB-2024", "France Boissons: factures 2024");
  supplier.postings = {Posting::debiting("401000", euros(17500), {.auxiliary = "S-FRANCE-BOISSONS"}),
                       Posting::crediting("512000", euros(17500))};
  demo.add(std::move(supplier));
  Transaction social =
      Transaction::draft("AT", "BQ", Date::from_ymd(2025, 1, 15), "URSSAF-2024-12", "Charges sociales décembre 2024");
  social.postings = {Posting::debiting("431000", euros(12000)), Posting::crediting("512000", euros(12000))};
  demo.add(std::move(social));
}

void res_opening(DemoContext& demo) {
  Transaction t = Transaction::draft("RES", "AN", kOpening, "AN-2025", "À-nouveaux 2025");
  t.postings = {
      Posting::debiting("512000", euros(212000)),
      Posting::debiting("467000", euros(30000), {.auxiliary = "P-KRONENBOURG"}),
      Posting::crediting("102000", euros(60000)),
      Posting::crediting("110000", euros(166000)),
      Posting::crediting("431000", euros(16000)),
  };
  demo.add(std::move(t));
  Transaction aid =
      Transaction::draft("RES", "BQ", Date::from_ymd(2025, 1, 28), "VIR-KRO-2024", "Fondation Kronenbourg: solde 2024");
  aid.postings = {Posting::debiting("512000", euros(30000)),
                  Posting::crediting("467000", euros(30000), {.auxiliary = "P-KRONENBOURG"})};
  demo.add(std::move(aid));
  Transaction social =
      Transaction::draft("RES", "BQ", Date::from_ymd(2025, 1, 15), "URSSAF-2024-12", "Charges sociales décembre 2024");
  social.postings = {Posting::debiting("431000", euros(16000)), Posting::crediting("512000", euros(16000))};
  demo.add(std::move(social));
}

}  // namespace

void add_demo_opening_balances(DemoContext& demo) {
  at_opening(demo);
  res_opening(demo);
}

}  // namespace comptoir
