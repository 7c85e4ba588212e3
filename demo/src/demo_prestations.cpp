// Demo books: AT's paid prestations of 2025, through PrestationDesk as the
// `comptoir prestation add|sign|deliver|invoice|pay` commands do: 103
// prestations delivered and invoiced (journal VE, 20 % VAT on 445711) to
// about 70 communes: 21 feasibility studies, 38 recruitments, 24 opening
// supports, 20 operation supports; and a dozen more quoted, signed or
// delivered late in the year, pushed to 2026 by the pre-election reserve
// (not revenue). From September the shipped co-financing rules split each
// price: Banque des Territoires 50 % (at most 10,000 € HT per commune) for
// Villages d'Avenir, the rural commerce fund the rest up to 5,000 € for
// eligible communes; one invoice per payer. Most communes pay within two
// months, the funders in one December transfer (journal BQ).
#include <algorithm>
#include <array>

#include "cofinancing/prestation_desk.hpp"
#include "core/allocation.hpp"
#include "demo_context.hpp"

namespace comptoir {
namespace {

struct PlannedType {
  PrestationType type;
  const char* label;
  int count;                   // invoiced in 2025
  std::int64_t total_euros;    // planned revenue, HT
  std::int64_t typical_euros;  // price of a prestation still to invoice
};

constexpr std::array<PlannedType, 4> kTypes = {{
    {PrestationType::Feasibility, "Étude de préfiguration", 21, 67200, 3200},
    {PrestationType::Recruitment, "Recrutement de gérant", 38, 53200, 1400},
    {PrestationType::OpeningSupport, "Accompagnement à l'ouverture", 24, 50400, 2100},
    {PrestationType::OperationSupport, "Accompagnement au fonctionnement", 20, 28560, 1430},
}};

constexpr int kNotYetInvoiced = 14;

struct Planned {
  std::size_t type = 0;
  Money net;  // HT, whole euros
  std::string commune;
  Date date;
  PrestationStatus status = PrestationStatus::Quoted;  // not yet invoiced: where it stands at year end
  std::int64_t id = 0;
};

// Whole-euro parts of a whole-euro total, summing exactly.
std::vector<Money> euro_parts(DemoContext& demo, std::int64_t total_euros, int count) {
  std::vector<Money> parts;
  for (Money cents : allocate(Money::from_cents(total_euros), demo.weights(count, 80, 120))) {
    parts.push_back(euros(cents.cents()));
  }
  return parts;
}

// Communes carrying a co-financing flag (villages-d-avenir, fonds-commerce-rural).
std::vector<std::string> cofinanced_communes(DemoContext& demo) {
  std::vector<std::string> codes;
  for (const auto& commune : demo.stores().cofinancing.communes()) {
    if (!commune.flags.empty()) codes.push_back(commune.code);
  }
  return codes;
}

std::vector<Planned> plan_invoiced(DemoContext& demo) {
  std::vector<Planned> invoices;
  for (std::size_t k = 0; k < kTypes.size(); ++k) {
    for (Money net : euro_parts(demo, kTypes[k].total_euros, kTypes[k].count)) {
      invoices.push_back({k, net, "", {}, PrestationStatus::Invoiced, 0});
    }
  }
  const auto order = demo.shuffled(static_cast<int>(invoices.size()));
  const int communes = static_cast<int>(demo.communes.size());
  const auto flagged = cofinanced_communes(demo);
  for (std::size_t i = 0; i < order.size(); ++i) {
    Planned& inv = invoices[static_cast<std::size_t>(order[i])];
    // The pre-election reserve from September pushed many prestations to 2026.
    const bool late = demo.uniform(1, 100) <= 22;
    if (static_cast<int>(i) < communes) {
      inv.commune = demo.communes[i];  // every commune at least once
    } else if (late) {                 // co-financing from September made a second prestation affordable
      inv.commune = flagged[static_cast<std::size_t>(demo.uniform(0, static_cast<int>(flagged.size()) - 1))];
    } else {
      inv.commune = demo.communes[static_cast<std::size_t>(demo.uniform(0, communes - 1))];
    }
    inv.date = late ? Date::from_ymd(2025, 9, 1).plus_days(demo.uniform(0, 104))
                    : Date::from_ymd(2025, 1, 20).plus_days(demo.uniform(0, 222));
  }
  std::stable_sort(invoices.begin(), invoices.end(),
                   [](const Planned& a, const Planned& b) { return a.date < b.date; });
  return invoices;
}

// Quoted, signed or delivered in the autumn, invoiced in 2026.
std::vector<Planned> plan_not_yet_invoiced(DemoContext& demo) {
  constexpr std::array<PrestationStatus, 3> statuses = {PrestationStatus::Quoted, PrestationStatus::Signed,
                                                        PrestationStatus::Delivered};
  std::vector<Planned> planned;
  for (int i = 0; i < kNotYetInvoiced; ++i) {
    Planned p;
    p.type = static_cast<std::size_t>(demo.uniform(0, static_cast<int>(kTypes.size()) - 1));
    p.net = euros(kTypes[p.type].typical_euros * demo.uniform(80, 120) / 100);
    p.commune = demo.communes[static_cast<std::size_t>(demo.uniform(0, static_cast<int>(demo.communes.size()) - 1))];
    p.date = Date::from_ymd(2025, 10, 15).plus_days(demo.uniform(0, 70));
    p.status = statuses[static_cast<std::size_t>(i) % statuses.size()];
    planned.push_back(p);
  }
  return planned;
}

std::int64_t add_prestation(DemoContext& demo, PrestationDesk& desk, const Planned& planned) {
  Prestation p;
  p.commune = planned.commune;
  p.type = kTypes[planned.type].type;
  p.label = std::string(kTypes[planned.type].label) + " - " + demo.commune_names[planned.commune];
  p.price_ht = planned.net;
  p.vat_rate = Rational(1, 5);
  p.date = planned.date;
  return desk.add_prestation(p);
}

void queue_receipt(DemoContext& demo, PrestationDesk desk, std::int64_t id, const std::string& payer, Date on) {
  demo.add_deferred(on, {desk.draft_receipt(id, payer, on)},
                    [desk, id, payer, on]() mutable { (void)desk.pay(id, payer, on, on); });
}

// The commune pays within 20 to 60 days (15 % are late and still due at
// year end); the funders in one transfer in December for what was invoiced
// by the end of November.
void queue_receipts(DemoContext& demo, const PrestationDesk& desk, const Planned& planned) {
  const Date year_end = Date::from_ymd(2025, 12, 31);
  const Date paid_on = planned.date.plus_days(demo.uniform(20, 60));
  const bool commune_pays = paid_on <= year_end && demo.uniform(1, 100) <= 85;
  for (const auto& share : demo.stores().cofinancing.split(planned.id).shares) {
    if (share.amount.is_zero()) continue;
    if (share.is_commune()) {
      if (commune_pays) queue_receipt(demo, desk, planned.id, share.payer, paid_on);
    } else if (planned.date <= Date::from_ymd(2025, 11, 30)) {
      queue_receipt(demo, desk, planned.id, share.payer, Date::from_ymd(2025, 12, 19));
    }
  }
}

}  // namespace

void add_demo_prestations(DemoContext& demo) {
  PrestationDesk desk(demo.stores().cofinancing, demo.book());
  auto invoiced = plan_invoiced(demo);
  auto pending = plan_not_yet_invoiced(demo);
  // Every prestation is stored first: caps are consumed in date order over
  // all of a commune's prestations, so the splits are final before invoicing.
  for (auto& p : invoiced) p.id = add_prestation(demo, desk, p);
  for (auto& p : pending) p.id = add_prestation(demo, desk, p);
  for (const auto& p : pending) {
    if (p.status != PrestationStatus::Quoted) desk.sign(p.id, p.date);
    if (p.status == PrestationStatus::Delivered) desk.deliver(p.id, p.date);
  }
  for (const auto& p : invoiced) {
    desk.sign(p.id, p.date);
    desk.deliver(p.id, p.date);
    const std::int64_t id = p.id;
    const Date on = p.date;
    demo.add_deferred(on, desk.draft_invoices(id, on), [desk, id, on]() mutable { (void)desk.invoice(id, on, on); });
    queue_receipts(demo, desk, p);
  }
}

}  // namespace comptoir
