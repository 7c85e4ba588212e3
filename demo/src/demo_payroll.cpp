// Demo books: the monthly payroll of both associations (journal OD: gross
// pay 641000 and employer charges 645000 against net pay due 421000 and
// social bodies 431000), paid by bank at month end and on the 15th of the
// next month (December's charges are still due at year end). The staff
// time an agreement funds is tagged grant=<code> on its share of the pay and
// charges lines (see demo_grants.cpp).
#include <vector>

#include "core/allocation.hpp"
#include "core/error.hpp"
#include "demo_context.hpp"

namespace comptoir {
namespace {

// A monthly staff cost funded by an agreement, in whole tens of euros so
// that its 70 % gross pay / 30 % charges split is exact.
struct StaffShare {
  const char* entity;
  const char* grant;
  int first_month;
  int last_month;
  std::int64_t monthly_euros;
};

const std::vector<StaffShare>& staff_shares() {
  static const std::vector<StaffShare> shares = {
      {"AT", "CD65-ABBAYE-2025", 9, 12, 2500},      // project lead of the tiers-lieu, from September
      {"AT", "REGION-GE-2025", 1, 12, 5550},        // support to the cafés of Grand Est
      {"AT", "CD10-GUINGUETTE-2025", 5, 9, 1000},   // seasonal staff, Aube dates
      {"AT", "CC-BARSEQUANAIS-2025", 1, 12, 1580},  // support to the cafés of each community
      {"AT", "CC-VENDEUVRE-2025", 1, 12, 1320},
      {"AT", "CC-ARGONNE-2025", 1, 12, 1300},
      {"AT", "CC-SOMME-SUD-OUEST-2025", 5, 9, 2500},  // Picardie seasonal staff
      {"AT", "RUSTIQUE-AT-2025", 5, 9, 2900},         // Picardie seasonal staff
      {"RES", "ANCT-2025", 1, 12, 10500},             // network animation
      {"RES", "ANRT-CIFRE-2025", 1, 12, 1150},        // the CIFRE PhD student
      {"RES", "ASP-APPRENTISSAGE-2025", 1, 12, 950},  // the apprentice
      {"RES", "KRONENBOURG-RES-2025", 1, 12, 4500},
      {"RES", "RUSTIQUE-RES-2025", 1, 12, 3100},
  };
  return shares;
}

// The pay (641000) and charges (645000) lines of one month: the agreements'
// shares tagged grant=<code>, the rest untagged; each account's total is
// unchanged.
std::vector<Posting> payroll_lines(const std::string& entity, int month, Money gross, Money charges) {
  std::vector<Posting> funded;
  Money funded_gross;
  Money funded_charges;
  for (const auto& share : staff_shares()) {
    if (share.entity != entity || month < share.first_month || month > share.last_month) continue;
    if (share.monthly_euros % 10 != 0) throw Error(ErrorKind::Internal, "demo: staff share not in tens of euros");
    const Money share_gross = euros(share.monthly_euros / 10 * 7);
    const Money share_charges = euros(share.monthly_euros / 10 * 3);
    funded.push_back(Posting::debiting("641000", share_gross, {.tags = {{"grant", share.grant}}}));
    funded.push_back(Posting::debiting("645000", share_charges, {.tags = {{"grant", share.grant}}}));
    funded_gross += share_gross;
    funded_charges += share_charges;
  }
  if (funded_gross > gross || funded_charges > charges) {
    throw Error(ErrorKind::Internal, "demo: staff shares exceed the payroll of " + entity);
  }
  std::vector<Posting> lines = {Posting::debiting("641000", gross - funded_gross),
                                Posting::debiting("645000", charges - funded_charges)};
  lines.insert(lines.end(), funded.begin(), funded.end());
  return lines;
}

void post_month(DemoContext& demo, const std::string& entity, int month, Money cost) {
  const Date end = Date::from_ymd(2025, static_cast<unsigned>(month), 1).end_of_month();
  const std::string period = "2025-" + two_digits(month);
  const auto split = allocate(cost, {Rational(7), Rational(3)});  // gross pay, employer charges
  const Money gross = split[0];
  const Money charges = split[1];
  const Money net = gross.times(Rational(78, 100), RoundingMode::HalfUp);
  const Money social = gross - net + charges;
  Transaction t = Transaction::draft(entity, "OD", end, "PAIE-" + period, "Paie " + period);
  t.postings = payroll_lines(entity, month, gross, charges);
  t.postings.push_back(Posting::crediting("421000", net));
  t.postings.push_back(Posting::crediting("431000", social));
  demo.add(std::move(t));
  Transaction pay = Transaction::draft(entity, "BQ", end, "VIR-PAIE-" + period, "Virement des salaires " + period);
  pay.postings = {Posting::debiting("421000", net), Posting::crediting("512000", net)};
  demo.add(std::move(pay));
  if (month == 12) return;
  Transaction urssaf = Transaction::draft(entity, "BQ", Date::from_ymd(2025, static_cast<unsigned>(month + 1), 15),
                                          "URSSAF-" + period, "Charges sociales " + period);
  urssaf.postings = {Posting::debiting("431000", social), Posting::crediting("512000", social)};
  demo.add(std::move(urssaf));
}

}  // namespace

void add_demo_payroll(DemoContext& demo) {
  // AT: seasonal staff for the Guinguettes from May to September.
  std::vector<Rational> at_weights;
  for (int month = 1; month <= 12; ++month) at_weights.emplace_back(month >= 5 && month <= 9 ? 135 : 100);
  const auto at_months = allocate(euros(372000), at_weights);
  const auto res_months = split_evenly(euros(361000), 12);
  for (int month = 1; month <= 12; ++month) {
    post_month(demo, "AT", month, at_months[static_cast<std::size_t>(month - 1)]);
    post_month(demo, "RES", month, res_months[static_cast<std::size_t>(month - 1)]);
  }
}

}  // namespace comptoir
