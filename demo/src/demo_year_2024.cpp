// Demo books: an illustrative fiscal year 2024 for both entities, closed
// through the real closing (rules/closing), so 2025 starts with the opening
// entries (à-nouveaux) the close computes; then the 2025 settlement of the
// 2024 items they carry and the allocation of the 2024 results voted by the
// general assemblies in June 2025.
//
// Fiscal year 2024 (euros)                          AT            RES
//   opening (paper books before Comptoir): bank   170,000.00   200,000.00
//     fonds propres 102000 / report à nouveau 110000  40,000 / 130,000   60,000 / 140,000
//   Région Grand Est subsidy receivable (441000)   24,000.00
//   Kronenbourg aid receivable (467000)                         30,000.00
//   prestations paid (706000)                      60,000.00
//   ANCT subsidy received (741100)                              80,000.00
//   drinks from France Boissons, unpaid (607000)   17,500.00
//   salaries paid (641000), social charges owed    44,000 + 12,000   68,000 + 16,000
//   Guinguette trailer (218200), 1 October, 5 years 18,000.00   depreciation 2024: 904.92
//   result 2024                                    9,595.08    26,000.00
// The 2025 bank, receivables and payables are those of the 2025 plan
// (demo_books.cpp); the equity is the 2024 equity and result.
#include "assets/asset_register.hpp"
#include "closing/year_closing.hpp"
#include "demo_context.hpp"

namespace comptoir {
namespace {

Date d24(unsigned month, unsigned day) {
  return Date::from_ymd(2024, month, day);
}
Date d25(unsigned month, unsigned day) {
  return Date::from_ymd(2025, month, day);
}

void entry(DemoContext& demo, const std::string& entity, const std::string& journal, Date date,
           const std::string& piece, const std::string& label, std::vector<Posting> postings) {
  demo.add(Transaction::draft(entity, journal, date, piece, label, std::move(postings)));
}

void at_2024(DemoContext& demo) {
  entry(demo, "AT", "AN", d24(1, 1), "AN-2024", "À-nouveaux 2024 (reprise des comptes antérieurs)",
        {Posting::debiting("512000", euros(170000)), Posting::crediting("102000", euros(40000)),
         Posting::crediting("110000", euros(130000))});
  const Tags grant{{"grant", "REGION-GE-2024"}};
  entry(demo, "AT", "OD", d24(6, 30), "REGION-GE-2024", "Région Grand Est: subvention 2024",
        {Posting::debiting("441000", euros(24000), {.auxiliary = "F-REGION-GE", .tags = grant}),
         Posting::crediting("741000", euros(24000), {.tags = grant})});
  entry(demo, "AT", "BQ", d24(9, 20), "REMORQUE-2024", "Remorque Guinguette",
        {Posting::debiting("218200", euros(18000)), Posting::crediting("512000", euros(18000))});
  entry(demo, "AT", "BQ", d24(11, 30), "PRESTATIONS-2024", "Prestations 2024 encaissées",
        {Posting::debiting("512000", euros(60000)), Posting::crediting("706000", euros(60000))});
  entry(demo, "AT", "AC", d24(12, 15), "FB-2024", "France Boissons: boissons 2024",
        {Posting::debiting("607000", euros(17500)),
         Posting::crediting("401000", euros(17500), {.auxiliary = "S-FRANCE-BOISSONS"})});
  entry(demo, "AT", "OD", d24(12, 31), "PAIE-2024", "Salaires et charges 2024",
        {Posting::debiting("641000", euros(44000)), Posting::debiting("645000", euros(12000)),
         Posting::crediting("512000", euros(44000)), Posting::crediting("431000", euros(12000))});
}

void res_2024(DemoContext& demo) {
  entry(demo, "RES", "AN", d24(1, 1), "AN-2024", "À-nouveaux 2024 (reprise des comptes antérieurs)",
        {Posting::debiting("512000", euros(200000)), Posting::crediting("102000", euros(60000)),
         Posting::crediting("110000", euros(140000))});
  entry(demo, "RES", "BQ", d24(5, 15), "ANCT-2024", "ANCT: subvention 2024",
        {Posting::debiting("512000", euros(80000)), Posting::crediting("741100", euros(80000))});
  entry(demo, "RES", "OD", d24(11, 30), "KRO-2024", "Fondation Kronenbourg: aide 2024",
        {Posting::debiting("467000", euros(30000), {.auxiliary = "P-KRONENBOURG"}),
         Posting::crediting("755100", euros(30000))});
  entry(demo, "RES", "OD", d24(12, 31), "PAIE-2024", "Salaires et charges 2024",
        {Posting::debiting("641000", euros(68000)), Posting::debiting("645000", euros(16000)),
         Posting::crediting("512000", euros(68000)), Posting::crediting("431000", euros(16000))});
}

void add_trailer(DemoContext& demo) {
  const Asset trailer{.code = "REMORQUE-2024",
                      .entity = "AT",
                      .label = "Remorque Guinguette",
                      .account = "218200",
                      .in_service = d24(10, 1),
                      .cost = euros(18000),
                      .life_years = 5,
                      .residual = {},
                      .disposal = std::nullopt,
                      .subsidy = std::nullopt};
  AssetRegister(demo.stores().assets, demo.book().reader()).add(trailer);
}

// The 2024 close of both entities, on 1 January 2025 (before any 2025
// entry, so the opening entries are the first of 2025).
void close_2024(DemoContext& demo) {
  YearClosing closing(demo.book(), demo.stores().grants, demo.stores().assets);
  for (const char* entity : {"AT", "RES"}) closing.close(closing.plan(entity, 2024), d25(1, 1), false);
}

void settle_2024_items(DemoContext& demo) {
  const Tags grant{{"grant", "REGION-GE-2024"}};
  entry(demo, "AT", "BQ", d25(2, 14), "VIR-REGION-2024", "Région Grand Est: solde 2024",
        {Posting::debiting("512000", euros(24000)),
         Posting::crediting("441000", euros(24000), {.auxiliary = "F-REGION-GE", .tags = grant})});
  entry(demo, "AT", "BQ", d25(1, 10), "VIR-FB-2024", "France Boissons: factures 2024",
        {Posting::debiting("401000", euros(17500), {.auxiliary = "S-FRANCE-BOISSONS"}),
         Posting::crediting("512000", euros(17500))});
  entry(demo, "AT", "BQ", d25(1, 15), "URSSAF-2024-12", "Charges sociales décembre 2024",
        {Posting::debiting("431000", euros(12000)), Posting::crediting("512000", euros(12000))});
  entry(demo, "RES", "BQ", d25(1, 28), "VIR-KRO-2024", "Fondation Kronenbourg: solde 2024",
        {Posting::debiting("512000", euros(30000)),
         Posting::crediting("467000", euros(30000), {.auxiliary = "P-KRONENBOURG"})});
  entry(demo, "RES", "BQ", d25(1, 15), "URSSAF-2024-12", "Charges sociales décembre 2024",
        {Posting::debiting("431000", euros(16000)), Posting::crediting("512000", euros(16000))});
  // The general assemblies of June 2025 carry the 2024 results forward.
  for (const char* entity : {"AT", "RES"}) {
    demo.add_action(d25(6, 20), [&demo, entity] {
      const Money result = closed_year_result(demo.book().reader(), entity, 2024);
      allocate_result(demo.book(), entity, 2024, d25(6, 20), {{"110000", result}}, d25(6, 20));
    });
  }
}

}  // namespace

void add_demo_year_2024(DemoContext& demo) {
  at_2024(demo);
  res_2024(demo);
  demo.post_all();
  add_trailer(demo);
  close_2024(demo);
  settle_2024_items(demo);
}

}  // namespace comptoir
