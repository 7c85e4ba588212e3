// Demo books: subsidies (74x, receivable on 441000) and private aid (754200
// mécénat, 755100 contributions, receivable on 467000) recorded as
// agreements through GrantDesk: each is called in full when notified
// (journal OD) then received in tranches (BQ), some still due at year end;
// the Abbaye and KLESIA agreements are earmarked (their unspent part goes to
// fonds dédiés). RES's public donation campaign in Monoprix stores with
// Groupe Casino (754100); the KLESIA "bien vieillir" aid RES pays out to 10
// member cafés (the spending of the KLESIA agreement).
//
// Every agreement tracks its own spending tag grant=<code>, which the
// expense postings carry for the share each agreement funds (2025, euros):
//   CD65-ABBAYE      80,000  20,000 (sous-traitance 10,000, staff Sep-Dec)  earmarked: 60,000 to 194000
//   REGION-GE        70,000  66,600 (staff)                                   95 %
//   CD10-GUINGUETTE  40,000  39,000 (vehicles, transport, seasonal staff)     97 %
//   CC-BARSEQUANAIS  19,896  18,960 (staff)                                   95 %
//   CC-VENDEUVRE     16,580  15,840 (staff)                                   95 %
//   CC-ARGONNE       16,580  15,600 (staff)                                   94 %
//   CC-SOMME-SUD-OUEST 13,264 12,500 (Picardie seasonal staff)                94 %
//   KRONENBOURG-AT   20,000  18,000 (Guinguette equipment and posters)        90 %
//   RUSTIQUE-AT      15,600  14,500 (Picardie seasonal staff)                 92 %
//   ANCT            150,000 147,000 (staff 126,000, network travel 21,000)    98 %
//   ANRT-CIFRE       14,000  13,800 (the CIFRE PhD student)                   98 %
//   ASP-APPRENTISSAGE 12,000 11,400 (the apprentice)                          95 %
//   KRONENBOURG-RES  60,000  54,000 (staff)                                   90 %
//   RUSTIQUE-RES     40,000  37,200 (staff)                                   93 %
//   KLESIA           50,000  25,000 (aid paid to cafés)          earmarked: 25,000 to 195000
// The staff shares are in demo_payroll.cpp, the others in demo_overheads.cpp
// and below. ANCT-2025 has the budget of its action (CERFA 15059), recorded
// from a budget file as `grant budget` records it, for its compte rendu
// financier: 172,700 with 10 % of indirect charges, against 161,700 spent.
#include <utility>
#include <vector>

#include "core/allocation.hpp"
#include "demo_context.hpp"
#include "grants/grant_budget.hpp"
#include "grants/grant_desk.hpp"

namespace comptoir {
namespace {

struct DemoGrant {
  const char* entity;
  const char* funder;      // auxiliary code
  const char* receivable;  // 441000 public, 467000 private
  const char* account;
  const char* id;  // agreement code, also its spending tag grant=<id>
  std::int64_t amount_euros;
  Date notified;
  std::vector<std::pair<int, int>> tranches;  // (month paid or 0 = still due, weight)
  const char* purpose;
  bool earmarked = false;
};

Date d(unsigned month, unsigned day);

Grant agreement_of(const DemoGrant& g) {
  Grant a;
  a.code = g.id;
  a.entity = g.entity;
  a.funder = g.funder;
  a.purpose = g.purpose;
  a.awarded = euros(g.amount_euros);
  a.start = d(1, 1);
  a.end = d(12, 31);
  a.earmarked = g.earmarked;
  a.income_account = g.account;
  a.receivable_account = g.receivable;
  return a;
}

// The agreement now; its call (the whole award, on notification) and its
// receipts in date order among the other entries, through GrantDesk.
void post_grant(DemoContext& demo, GrantStore& store, const DemoGrant& g) {
  Book& book = demo.book();
  GrantDesk(store, book).add_grant(agreement_of(g));
  const std::string code = g.id;
  const Money total = euros(g.amount_euros);
  demo.add_action(g.notified, [&store, &book, code, total, date = g.notified] {
    GrantDesk(store, book)
        .call(code, date, total, date, GrantEntryOptions{"OD", code, "Notification " + code, "512000"});
  });
  std::vector<Rational> weights;
  for (const auto& tranche : g.tranches) weights.emplace_back(tranche.second);
  const auto parts = allocate(total, weights);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const int month = g.tranches[i].first;
    if (month == 0) continue;  // still receivable at year end
    const Date date = Date::from_ymd(2025, static_cast<unsigned>(month), static_cast<unsigned>(demo.uniform(5, 25)));
    const GrantEntryOptions options{"BQ", code + "-V" + std::to_string(i + 1), "Versement " + code, "512000"};
    demo.add_action(date, [&store, &book, code, part = parts[i], date, options] {
      GrantDesk(store, book).receive(code, date, part, date, options);
    });
  }
}

Date d(unsigned month, unsigned day) {
  return Date::from_ymd(2025, month, day);
}

std::vector<DemoGrant> grants() {
  using T = std::vector<std::pair<int, int>>;
  return {
      // AT public subsidies: 256,320.00
      {"AT", "F-CD65", "441000", "741300", "CD65-ABBAYE-2025", 80000, d(2, 10), T{{3, 50}, {7, 30}, {0, 20}},
       "Tiers-lieu de l'Abbaye de Saint-Sever-de-Rustan", true},
      {"AT", "F-REGION-GE", "441000", "741200", "REGION-GE-2025", 70000, d(3, 20), T{{4, 60}, {10, 40}},
       "Accompagnement des cafés en Grand Est", false},
      {"AT", "F-CD10", "441000", "741300", "CD10-GUINGUETTE-2025", 40000, d(4, 15), T{{5, 70}, {11, 30}},
       "Guinguette mobile dans l'Aube", false},
      {"AT", "F-CC-BARSEQUANAIS", "441000", "741400", "CC-BARSEQUANAIS-2025", 19896, d(5, 6), T{{6, 100}},
       "Cafés du Barséquanais", false},
      {"AT", "F-CC-VENDEUVRE-SOULAINES", "441000", "741400", "CC-VENDEUVRE-2025", 16580, d(5, 13), T{{7, 100}},
       "Cafés de Vendeuvre-Soulaines", false},
      {"AT", "F-CC-ARGONNE-ARDENNAISE", "441000", "741400", "CC-ARGONNE-2025", 16580, d(6, 3), T{{7, 50}, {0, 50}},
       "Cafés de l'Argonne ardennaise", false},
      {"AT", "F-CC-SOMME-SUD-OUEST", "441000", "741400", "CC-SOMME-SUD-OUEST-2025", 13264, d(4, 28), T{{6, 100}},
       "Guinguette mobile en Picardie", false},
      // AT private aid: 35,600.00
      {"AT", "P-KRONENBOURG", "467000", "755100", "KRONENBOURG-AT-2025", 20000, d(4, 9), T{{5, 100}},
       "Guinguettes du Grand Est", false},
      {"AT", "P-RUSTIQUE", "467000", "754200", "RUSTIQUE-AT-2025", 15600, d(6, 2), T{{7, 50}, {0, 50}},
       "Guinguette de Picardie", false},
      // RES public subsidies: 176,000.00
      {"RES", "F-ANCT", "441000", "741100", "ANCT-2025", 150000, d(1, 31), T{{2, 60}, {9, 40}},
       "Animation du réseau 1000 cafés", false},
      {"RES", "F-ANRT", "441000", "741100", "ANRT-CIFRE-2025", 14000, d(3, 12), T{{4, 50}, {10, 50}}, "Thèse CIFRE",
       false},
      {"RES", "F-ASP", "441000", "741500", "ASP-APPRENTISSAGE-2025", 12000, d(1, 20),
       T{{4, 25}, {7, 25}, {10, 25}, {0, 25}}, "Aide à l'apprentissage", false},
      // RES private aid: 150,000.00
      {"RES", "P-KRONENBOURG", "467000", "755100", "KRONENBOURG-RES-2025", 60000, d(2, 18), T{{3, 100}},
       "Soutien au réseau", false},
      {"RES", "P-RUSTIQUE", "467000", "754200", "RUSTIQUE-RES-2025", 40000, d(3, 4), T{{4, 50}, {9, 50}},
       "Mécénat du réseau", false},
      {"RES", "P-KLESIA", "467000", "755100", "KLESIA-2025", 50000, d(4, 1), T{{5, 60}, {11, 40}},
       "Programme bien vieillir dans les cafés", true},
  };
}

void post_casino_campaign(DemoContext& demo) {
  const Tags tags = {{"campaign", "monoprix-casino-2025"}};
  const auto parts = allocate(euros(42000), demo.weights(6, 70, 130));
  for (int i = 0; i < 6; ++i) {
    const Date date = d(static_cast<unsigned>(2 * i + 2), 10);
    const std::string piece = "COLLECTE-" + two_digits(i + 1);
    const Money part = parts[static_cast<std::size_t>(i)];
    Transaction t =
        Transaction::draft("RES", "OD", date, piece, "Collecte Monoprix / Groupe Casino " + two_digits(i + 1));
    t.postings = {Posting::debiting("467000", part, {.auxiliary = "P-CASINO", .tags = tags}),
                  Posting::crediting("754100", part, {.tags = tags})};
    demo.add(std::move(t));
    Transaction pay = Transaction::draft("RES", "BQ", date.plus_days(10), "VIR-" + piece, "Reversement Groupe Casino");
    pay.postings = {Posting::debiting("512000", part),
                    Posting::crediting("467000", part, {.auxiliary = "P-CASINO", .tags = tags})};
    demo.add(std::move(pay));
  }
}

void post_klesia_aid(DemoContext& demo) {
  // 25,000.00 reimbursed to 10 member cafés, in whole euros.
  const auto cents = allocate(Money::from_cents(25000), demo.weights(10, 80, 120));
  for (int i = 0; i < 10; ++i) {
    const std::string cafe = "CAFE-" + two_digits(i + 1);
    const Money aid = euros(cents[static_cast<std::size_t>(i)].cents());
    const Tags tags = {{"activity", "klesia-bien-vieillir"}, {"grant", "KLESIA-2025"}, {"cafe", cafe}};
    const Date date = d(static_cast<unsigned>(6 + i % 6), static_cast<unsigned>(demo.uniform(2, 24)));
    const std::string piece = "KLESIA-" + cafe;
    Transaction t = Transaction::draft("RES", "OD", date, piece, "Bien vieillir: remboursement " + cafe);
    t.postings = {Posting::debiting("657100", aid, {.tags = tags}),
                  Posting::crediting("467000", aid, {.auxiliary = cafe, .tags = tags})};
    demo.add(std::move(t));
    Transaction pay =
        Transaction::draft("RES", "BQ", date.plus_days(5), "VIR-" + piece, "Virement Bien vieillir " + cafe);
    pay.postings = {Posting::debiting("467000", aid, {.auxiliary = cafe, .tags = tags}),
                    Posting::crediting("512000", aid)};
    demo.add(std::move(pay));
  }
}

// The budget file of the ANCT agreement's action.
constexpr const char* anct_budget = R"csv(line,amount,detail
60,3000,Fournitures
62,24000,Déplacements
64,130000,Animateurs
74.etat,150000,ANCT
75,22700,Fonds propres de RES
indirect_rate,10,
comment,,"Rencontres régionales tenues en visioconférence au premier semestre, d'où moins de déplacements et pas de fournitures. Le solde est couvert par les fonds propres de RES."
)csv";

void record_anct_budget(DemoContext& demo, GrantStore& store) {
  GrantBudget budget = parse_grant_budget(anct_budget, "anct-2025-budget.csv", BudgetNatures::standard());
  budget.grant = "ANCT-2025";
  GrantDesk(store, demo.book()).set_budget(budget, false);
}

}  // namespace

void add_demo_grants_and_aid(DemoContext& demo, GrantStore& store) {
  for (const DemoGrant& g : grants()) post_grant(demo, store, g);
  record_anct_budget(demo, store);
  post_casino_campaign(demo);
  post_klesia_aid(demo);
}

}  // namespace comptoir
