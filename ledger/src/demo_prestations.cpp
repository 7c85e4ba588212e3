// Demo books: AT's paid prestations of 2025: 103 invoices (journal VE, 20 %
// VAT on 445711) to about 70 communes: 21 feasibility studies, 38
// recruitments, 24 opening supports, 20 operation supports. From September,
// Banque des Territoires co-finances 50 % for Villages d'Avenir (at most
// 10,000 € per commune, cumulative). Most invoices are paid (journal BQ).
#include <algorithm>
#include <array>
#include <map>

#include "demo_context.hpp"
#include "ledger/allocation.hpp"

namespace comptoir {
namespace {

struct PrestationType {
  const char* account;
  const char* code;  // tag value
  const char* label;
  int count;
  std::int64_t total_euros;  // planned, HT
};

constexpr std::array<PrestationType, 4> kTypes = {{
    {"706010", "feasibility", "Étude de préfiguration", 21, 67200},
    {"706020", "recruitment", "Recrutement de gérant", 38, 53200},
    {"706030", "opening", "Accompagnement à l'ouverture", 24, 50400},
    {"706040", "operation", "Accompagnement au fonctionnement", 20, 28560},
}};

struct Invoice {
  std::size_t type = 0;
  Money net;  // HT, whole euros
  std::string commune;
  Date date;
};

// Whole-euro parts of a whole-euro total, summing exactly.
std::vector<Money> euro_parts(DemoContext& demo, std::int64_t total_euros, int count) {
  std::vector<Money> parts;
  for (Money cents : allocate(Money::from_cents(total_euros), demo.weights(count, 80, 120))) {
    parts.push_back(euros(cents.cents()));
  }
  return parts;
}

std::vector<Invoice> plan_invoices(DemoContext& demo) {
  std::vector<Invoice> invoices;
  for (std::size_t k = 0; k < kTypes.size(); ++k) {
    for (Money net : euro_parts(demo, kTypes[k].total_euros, kTypes[k].count)) invoices.push_back({k, net, "", {}});
  }
  const auto order = demo.shuffled(static_cast<int>(invoices.size()));
  const int communes = static_cast<int>(demo.communes.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    Invoice& inv = invoices[static_cast<std::size_t>(order[i])];
    const int pick = static_cast<int>(i) < communes ? static_cast<int>(i) : demo.uniform(0, communes - 1);
    inv.commune = demo.communes[static_cast<std::size_t>(pick)];
    // The pre-election reserve from September pushed many prestations to 2026.
    const bool late = demo.uniform(1, 100) <= 22;
    inv.date = late ? Date::from_ymd(2025, 9, 1).plus_days(demo.uniform(0, 104))
                    : Date::from_ymd(2025, 1, 20).plus_days(demo.uniform(0, 222));
  }
  std::stable_sort(invoices.begin(), invoices.end(),
                   [](const Invoice& a, const Invoice& b) { return a.date < b.date; });
  return invoices;
}

void post_payment(DemoContext& demo, const Invoice& inv, const std::string& piece, Money paid) {
  const Date paid_on = inv.date.plus_days(demo.uniform(20, 60));
  if (paid_on > Date::from_ymd(2025, 12, 31) || demo.uniform(1, 100) > 85) return;  // still due at year end
  Transaction t = demo_entry("AT", "BQ", paid_on, "REG-" + piece, "Règlement " + piece);
  t.postings = {debit("512000", paid),
                credit("411000", paid, inv.commune, {{"activity", "prestations"}, {"commune", inv.commune}})};
  demo.add(std::move(t));
}

}  // namespace

void add_demo_prestations(DemoContext& demo) {
  std::map<std::string, Money> bdt_used;  // cumulative co-financing per commune
  const Money bdt_cap = euros(10000);
  Money bdt_due;
  int number = 0;
  for (const Invoice& inv : plan_invoices(demo)) {
    const PrestationType& type = kTypes[inv.type];
    const std::string piece = "FA-2025-" + padded(++number, 4);
    const Money vat = inv.net.times(Rational(1, 5), RoundingMode::HalfUp);
    const Money gross = inv.net + vat;
    Money bdt;
    const bool davenir = std::find(demo.villages_davenir.begin(), demo.villages_davenir.end(), inv.commune) !=
                         demo.villages_davenir.end();
    if (davenir && inv.date >= Date::from_ymd(2025, 9, 1)) {
      bdt = std::min(gross.times(Rational(1, 2), RoundingMode::HalfUp), bdt_cap - bdt_used[inv.commune]);
      bdt_used[inv.commune] += bdt;
    }
    const Tags tags = {{"activity", "prestations"}, {"commune", inv.commune}, {"prestation", type.code}};
    Transaction t = demo_entry("AT", "VE", inv.date, piece, std::string(type.label) + " - " + inv.commune);
    t.postings.push_back(debit("411000", gross - bdt, inv.commune, tags));
    if (!bdt.is_zero()) t.postings.push_back(debit("411000", bdt, "BDT", tags));
    t.postings.push_back(credit(type.account, inv.net, "", tags));
    t.postings.push_back(credit("445711", vat, "", tags));
    demo.add(std::move(t));
    if (inv.date <= Date::from_ymd(2025, 11, 30)) bdt_due += bdt;
    post_payment(demo, inv, piece, gross - bdt);
  }
  if (!bdt_due.is_zero()) {
    Transaction t =
        demo_entry("AT", "BQ", Date::from_ymd(2025, 12, 19), "VIR-BDT-2025", "Banque des Territoires: cofinancements");
    t.postings = {debit("512000", bdt_due), credit("411000", bdt_due, "BDT", {{"activity", "prestations"}})};
    demo.add(std::move(t));
  }
}

}  // namespace comptoir
