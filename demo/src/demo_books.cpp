// Demo books: the orchestration and the plan. Every figure of the 2025
// activity report comes out of the entries below through the category
// grouping; the category totals are planned here and each themed file
// splits its planned totals exactly (comptoir::allocate) into entries.
//
// Planned totals, fiscal year 2025 (euros):
//
//   AT expenses                      700,000.00   share
//     payroll (641/645)  372,000.00
//     + interco 621400    48,000.00  420,000.00    60 %
//     overheads                      161,000.00    23 %
//     purchases (607, drinks)         77,000.00    11 %
//     mission travel (625)            28,000.00     4 %
//     communication & events (623)    14,000.00     2 %
//   AT resources                     712,000.00           result +12,000.00
//     public subsidies (741)         256,320.00    36 %
//     Guinguette sales (707)         220,720.00    31 %   GE 170,000.00 / Picardie 50,720.00
//     prestations (706)              199,360.00    28 %   67,200 / 53,200 / 50,400 / 28,560
//                                    (103 invoiced prestations; the quoted,
//                                    signed or delivered ones are not revenue)
//     private aid (754/755)           35,600.00     5 %
//
//   RES expenses                     430,024.00
//     payroll (641/645)              361,000.00    84 %   (83.95 %)
//     overheads (incl. KLESIA 25,000) 46,824.00    11 %   (10.89 %)
//     mission travel (625)            21,000.00     5 %   (4.88 %)
//     communication (623)              1,200.00     0 %   (0.28 %)
//   RES resources                    416,000.00           result -14,024.00
//     public subsidies: ANCT 150,000, ANRT 14,000, ASP 12,000    176,000.00
//     private aid: Kronenbourg 60,000, Le Rustique 40,000, KLESIA 50,000  150,000.00
//     public generosity: Monoprix / Groupe Casino campaign (754100)       42,000.00
//     re-invoicing to AT (708400, interco)                                48,000.00
//
//   Interco (RES re-invoices AT for shared direction staff): 12 x 4,000.00 = 48,000.00
//   Combined expenses = 700,000.00 + 430,024.00 - 48,000.00 = 1,082,024.00
//   Combined resources = 712,000.00 + 416,000.00 - 48,000.00 = 1,080,000.00 (result -2,024.00)
#include "demo/demo_books.hpp"

#include "demo_context.hpp"

namespace comptoir {

void build_demo_books(Book& book, DemoStores& stores, const std::string& bank_statements_dir) {
  DemoContext demo(book, stores);
  add_demo_parties(demo);
  add_demo_year_2024(demo);
  add_demo_prestations(demo);
  add_demo_guinguettes(demo);
  add_demo_payroll(demo);
  add_demo_overheads(demo);
  add_demo_grants_and_aid(demo, stores.grants);
  add_demo_interco(demo);
  add_demo_vat_returns(demo);
  demo.post_all();
  add_demo_bank_statements(demo, bank_statements_dir);
}

}  // namespace comptoir
