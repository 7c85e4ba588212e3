// Demo books: overheads (frais généraux), mission travel (625) and
// communication (623) of both associations. Each planned category total is
// split exactly over its items, each item over its months; supplier
// invoices go through journal AC and are paid 20 days later, the rest is
// paid straight from the bank. AT deducts 20 % VAT where due; RES is not
// VAT-liable, so its costs are booked VAT included. Items a grant funds in
// full carry grant=<code> (see demo_grants.cpp).
#include <vector>

#include "core/allocation.hpp"
#include "demo_context.hpp"

namespace comptoir {
namespace {

struct ExpenseItem {
  const char* account;
  const char* supplier;  // auxiliary under 401000, "" when paid by bank directly
  const char* label;
  int weight;  // share of the category total
  bool vat;    // 20 % deductible VAT on top (AT only)
  int first_month;
  int last_month;
  const char* activity;    // analytic tag, "" for none
  const char* grant = "";  // agreement funding the item (tag grant=<code>), "" for none
};

void post_part(DemoContext& demo, const std::string& entity, const ExpenseItem& item, Date date, Money net) {
  Tags tags;
  if (*item.activity != '\0') tags["activity"] = item.activity;
  if (*item.grant != '\0') tags["grant"] = item.grant;
  const Money vat = item.vat ? net.times(Rational(1, 5), RoundingMode::HalfUp) : Money();
  const std::string piece = entity + "-" + item.account + "-" + date.compact();
  const bool invoiced = *item.supplier != '\0';
  Transaction t = Transaction::draft(entity, invoiced ? "AC" : "BQ", date, piece, item.label);
  t.postings.push_back(Posting::debiting(item.account, net, {.tags = tags}));
  if (!vat.is_zero()) t.postings.push_back(Posting::debiting("445661", vat));
  t.postings.push_back(invoiced ? Posting::crediting("401000", net + vat, {.auxiliary = item.supplier})
                                : Posting::crediting("512000", net + vat));
  demo.add(std::move(t));
  const Date due = date.plus_days(20);
  if (!invoiced || due > Date::from_ymd(2025, 12, 31)) return;  // late December invoices are still due
  Transaction pay = Transaction::draft(entity, "BQ", due, "VIR-" + piece, "Règlement " + std::string(item.label));
  pay.postings = {Posting::debiting("401000", net + vat, {.auxiliary = item.supplier}),
                  Posting::crediting("512000", net + vat)};
  demo.add(std::move(pay));
}

void post_item(DemoContext& demo, const std::string& entity, const ExpenseItem& item, Money total) {
  const int months = item.last_month - item.first_month + 1;
  const auto parts = allocate(total, demo.weights(months, 85, 115));
  for (int i = 0; i < months; ++i) {
    const Date date =
        Date::from_ymd(2025, static_cast<unsigned>(item.first_month + i), static_cast<unsigned>(demo.uniform(3, 26)));
    post_part(demo, entity, item, date, parts[static_cast<std::size_t>(i)]);
  }
}

// Splits a planned category total over its items by weight, exactly.
void post_category(DemoContext& demo, const std::string& entity, Money total, const std::vector<ExpenseItem>& items) {
  std::vector<Rational> weights;
  for (const auto& item : items) weights.emplace_back(item.weight);
  const auto parts = allocate(total, weights);
  for (std::size_t i = 0; i < items.size(); ++i) post_item(demo, entity, items[i], parts[i]);
}

void at_costs(DemoContext& demo) {
  post_category(
      demo, "AT", euros(161000),
      {
          {"613200", "S-IMMOBILIER", "Loyer des bureaux", 36000, false, 1, 12, ""},
          {"613500", "S-VEHICULES", "Location des véhicules Guinguettes", 24000, true, 4, 9, "guinguette-grand-est",
           "CD10-GUINGUETTE-2025"},
          {"615000", "", "Entretien et réparations", 9000, true, 1, 12, ""},
          {"616000", "S-ASSURANCES", "Assurances", 8400, false, 1, 12, ""},
          {"606100", "S-ENERGIE", "Énergie", 7200, true, 1, 12, ""},
          {"606400", "", "Fournitures administratives", 3600, true, 1, 12, ""},
          {"606300", "", "Petit équipement Guinguettes", 12000, true, 4, 9, "guinguette-grand-est",
           "KRONENBOURG-AT-2025"},
          {"622600", "S-EXPERT", "Honoraires expert-comptable et commissaire aux comptes", 18000, true, 1, 12, ""},
          {"626000", "S-TELECOM", "Télécommunications", 4800, true, 1, 12, ""},
          {"627000", "", "Frais bancaires et commissions CB", 6000, false, 1, 12, ""},
          {"628100", "", "Cotisations professionnelles", 3000, false, 3, 3, ""},
          {"624000", "", "Transport du matériel Guinguettes", 10000, true, 5, 9, "guinguette-grand-est",
           "CD10-GUINGUETTE-2025"},
          {"635100", "", "Cotisation foncière des entreprises", 4000, false, 12, 12, ""},
          {"651000", "", "Licences logicielles", 5000, true, 1, 12, ""},
          {"611000", "", "Sous-traitance technique (Abbaye)", 10000, true, 4, 10, "abbaye", "CD65-ABBAYE-2025"},
      });
  post_category(demo, "AT", euros(28000),
                {
                    {"625100", "", "Déplacements", 70, false, 1, 12, "prestations"},
                    {"625600", "", "Missions", 30, false, 1, 12, "prestations"},
                });
  post_category(demo, "AT", euros(14000),
                {
                    {"623600", "S-IMPRIMERIE", "Imprimés et affiches Guinguettes", 6000, true, 3, 8,
                     "guinguette-grand-est", "KRONENBOURG-AT-2025"},
                    {"623300", "", "Salon des maires et des collectivités locales", 5000, true, 11, 11, ""},
                    {"623000", "", "Publicité et relations publiques", 3000, true, 1, 12, ""},
                });
}

void res_costs(DemoContext& demo) {
  // 46,824.00 of overheads = 21,824.00 here + 25,000.00 of KLESIA aid (demo_grants.cpp).
  post_category(
      demo, "RES", euros(21824),
      {
          {"613200", "S-IMMOBILIER", "Quote-part des locaux partagés", 9600, false, 1, 12, ""},
          {"622600", "S-EXPERT", "Honoraires expert-comptable et commissaire aux comptes", 6000, false, 1, 12, ""},
          {"626000", "S-TELECOM", "Télécommunications", 1800, false, 1, 12, ""},
          {"616000", "S-ASSURANCES", "Assurances", 1500, false, 1, 12, ""},
          {"627000", "", "Frais bancaires", 924, false, 1, 12, ""},
          {"628100", "", "Cotisations (têtes de réseau)", 2000, false, 2, 2, ""},
      });
  post_category(demo, "RES", euros(21000),
                {
                    {"625100", "", "Déplacements (animation du réseau)", 70, false, 1, 12, "reseau", "ANCT-2025"},
                    {"625600", "", "Missions (plaidoyer)", 30, false, 1, 12, "reseau", "ANCT-2025"},
                });
  post_category(demo, "RES", euros(1200),
                {
                    {"623600", "S-IMPRIMERIE", "Supports de la campagne de dons", 1200, false, 6, 6, ""},
                });
}

}  // namespace

void add_demo_overheads(DemoContext& demo) {
  at_costs(demo);
  res_costs(demo);
}

}  // namespace comptoir
