// Demo books: subsidies (74x, receivable on 441000), private aid (754200
// mécénat, 755100 contributions, receivable on 467000), each notified in
// journal OD then paid in tranches (BQ), some tranches still due at year
// end; RES's public donation campaign in Monoprix stores with Groupe Casino
// (754100); the KLESIA "bien vieillir" aid RES pays out to 10 member cafés.
#include <utility>
#include <vector>

#include "demo_context.hpp"
#include "ledger/allocation.hpp"

namespace comptoir {
namespace {

struct Grant {
  const char* entity;
  const char* funder;      // auxiliary code
  const char* receivable;  // 441000 public, 467000 private
  const char* account;
  const char* id;        // tag grant=<id>
  const char* activity;  // tag activity=<...>, "" for none
  std::int64_t amount_euros;
  Date notified;
  std::vector<std::pair<int, int>> tranches;  // (month paid or 0 = still due, weight)
};

void post_grant(DemoContext& demo, const Grant& g) {
  Tags tags = {{"grant", g.id}};
  if (*g.activity != '\0') tags["activity"] = g.activity;
  const Money total = euros(g.amount_euros);
  Transaction t = demo_entry(g.entity, "OD", g.notified, g.id, std::string("Notification ") + g.id);
  t.postings = {debit(g.receivable, total, g.funder, tags), credit(g.account, total, "", tags)};
  demo.add(std::move(t));
  std::vector<Rational> weights;
  for (const auto& tranche : g.tranches) weights.emplace_back(tranche.second);
  const auto parts = allocate(total, weights);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const int month = g.tranches[i].first;
    if (month == 0) continue;  // still receivable at year end
    const Date date = Date::from_ymd(2025, static_cast<unsigned>(month), static_cast<unsigned>(demo.uniform(5, 25)));
    Transaction pay = demo_entry(g.entity, "BQ", date, std::string(g.id) + "-V" + std::to_string(i + 1),
                                 std::string("Versement ") + g.id);
    pay.postings = {debit("512000", parts[i]), credit(g.receivable, parts[i], g.funder, tags)};
    demo.add(std::move(pay));
  }
}

Date d(unsigned month, unsigned day) {
  return Date::from_ymd(2025, month, day);
}

std::vector<Grant> grants() {
  return {
      // AT public subsidies: 256,320.00
      {"AT", "F-CD65", "441000", "741300", "CD65-ABBAYE-2025", "abbaye", 80000, d(2, 10), {{3, 50}, {7, 30}, {0, 20}}},
      {"AT", "F-REGION-GE", "441000", "741200", "REGION-GE-2025", "", 70000, d(3, 20), {{4, 60}, {10, 40}}},
      {"AT",
       "F-CD10",
       "441000",
       "741300",
       "CD10-GUINGUETTE-2025",
       "guinguette-grand-est",
       40000,
       d(4, 15),
       {{5, 70}, {11, 30}}},
      {"AT", "F-CC-BARSEQUANAIS", "441000", "741400", "CC-BARSEQUANAIS-2025", "", 19896, d(5, 6), {{6, 100}}},
      {"AT", "F-CC-VENDEUVRE-SOULAINES", "441000", "741400", "CC-VENDEUVRE-2025", "", 16580, d(5, 13), {{7, 100}}},
      {"AT", "F-CC-ARGONNE-ARDENNAISE", "441000", "741400", "CC-ARGONNE-2025", "", 16580, d(6, 3), {{7, 50}, {0, 50}}},
      {"AT",
       "F-CC-SOMME-SUD-OUEST",
       "441000",
       "741400",
       "CC-SOMME-SUD-OUEST-2025",
       "guinguette-picardie",
       13264,
       d(4, 28),
       {{6, 100}}},
      // AT private aid: 35,600.00
      {"AT",
       "P-KRONENBOURG",
       "467000",
       "755100",
       "KRONENBOURG-AT-2025",
       "guinguette-grand-est",
       20000,
       d(4, 9),
       {{5, 100}}},
      {"AT",
       "P-RUSTIQUE",
       "467000",
       "754200",
       "RUSTIQUE-AT-2025",
       "guinguette-picardie",
       15600,
       d(6, 2),
       {{7, 50}, {0, 50}}},
      // RES public subsidies: 176,000.00
      {"RES", "F-ANCT", "441000", "741100", "ANCT-2025", "", 150000, d(1, 31), {{2, 60}, {9, 40}}},
      {"RES", "F-ANRT", "441000", "741100", "ANRT-CIFRE-2025", "", 14000, d(3, 12), {{4, 50}, {10, 50}}},
      {"RES",
       "F-ASP",
       "441000",
       "741500",
       "ASP-APPRENTISSAGE-2025",
       "",
       12000,
       d(1, 20),
       {{4, 25}, {7, 25}, {10, 25}, {0, 25}}},
      // RES private aid: 150,000.00
      {"RES", "P-KRONENBOURG", "467000", "755100", "KRONENBOURG-RES-2025", "", 60000, d(2, 18), {{3, 100}}},
      {"RES", "P-RUSTIQUE", "467000", "754200", "RUSTIQUE-RES-2025", "", 40000, d(3, 4), {{4, 50}, {9, 50}}},
      {"RES",
       "P-KLESIA",
       "467000",
       "755100",
       "KLESIA-2025",
       "klesia-bien-vieillir",
       50000,
       d(4, 1),
       {{5, 60}, {11, 40}}},
  };
}

void post_casino_campaign(DemoContext& demo) {
  const Tags tags = {{"campaign", "monoprix-casino-2025"}};
  const auto parts = allocate(euros(42000), demo.weights(6, 70, 130));
  for (int i = 0; i < 6; ++i) {
    const Date date = d(static_cast<unsigned>(2 * i + 2), 10);
    const std::string piece = "COLLECTE-" + two_digits(i + 1);
    const Money part = parts[static_cast<std::size_t>(i)];
    Transaction t = demo_entry("RES", "OD", date, piece, "Collecte Monoprix / Groupe Casino " + two_digits(i + 1));
    t.postings = {debit("467000", part, "P-CASINO", tags), credit("754100", part, "", tags)};
    demo.add(std::move(t));
    Transaction pay = demo_entry("RES", "BQ", date.plus_days(10), "VIR-" + piece, "Reversement Groupe Casino");
    pay.postings = {debit("512000", part), credit("467000", part, "P-CASINO", tags)};
    demo.add(std::move(pay));
  }
}

void post_klesia_aid(DemoContext& demo) {
  // 25,000.00 reimbursed to 10 member cafés, in whole euros.
  const auto cents = allocate(Money::from_cents(25000), demo.weights(10, 80, 120));
  for (int i = 0; i < 10; ++i) {
    const std::string cafe = "CAFE-" + two_digits(i + 1);
    const Money aid = euros(cents[static_cast<std::size_t>(i)].cents());
    const Tags tags = {{"activity", "klesia-bien-vieillir"}, {"cafe", cafe}};
    const Date date = d(static_cast<unsigned>(6 + i % 6), static_cast<unsigned>(demo.uniform(2, 24)));
    const std::string piece = "KLESIA-" + cafe;
    Transaction t = demo_entry("RES", "OD", date, piece, "Bien vieillir: remboursement " + cafe);
    t.postings = {debit("657100", aid, "", tags), credit("467000", aid, cafe, tags)};
    demo.add(std::move(t));
    Transaction pay = demo_entry("RES", "BQ", date.plus_days(5), "VIR-" + piece, "Virement Bien vieillir " + cafe);
    pay.postings = {debit("467000", aid, cafe, tags), credit("512000", aid)};
    demo.add(std::move(pay));
  }
}

}  // namespace

void add_demo_grants_and_aid(DemoContext& demo) {
  for (const Grant& g : grants()) post_grant(demo, g);
  post_casino_campaign(demo);
  post_klesia_aid(demo);
}

}  // namespace comptoir
