// Demo books: the monthly payroll of both associations (journal OD: gross
// pay 641000 and employer charges 645000 against net pay due 421000 and
// social bodies 431000), paid by bank at month end and on the 15th of the
// next month (December's charges are still due at year end).
#include "demo_context.hpp"
#include "ledger/allocation.hpp"

namespace comptoir {
namespace {

void post_month(DemoContext& demo, const std::string& entity, int month, Money cost) {
  const Date end = Date::from_ymd(2025, static_cast<unsigned>(month), 1).end_of_month();
  const std::string period = "2025-" + two_digits(month);
  const auto split = allocate(cost, {Rational(7), Rational(3)});  // gross pay, employer charges
  const Money gross = split[0];
  const Money charges = split[1];
  const Money net = gross.times(Rational(78, 100), RoundingMode::HalfUp);
  const Money social = gross - net + charges;
  Transaction t = demo_entry(entity, "OD", end, "PAIE-" + period, "Paie " + period);
  t.postings = {debit("641000", gross), debit("645000", charges), credit("421000", net), credit("431000", social)};
  demo.add(std::move(t));
  Transaction pay = demo_entry(entity, "BQ", end, "VIR-PAIE-" + period, "Virement des salaires " + period);
  pay.postings = {debit("421000", net), credit("512000", net)};
  demo.add(std::move(pay));
  if (month == 12) return;
  Transaction urssaf = demo_entry(entity, "BQ", Date::from_ymd(2025, static_cast<unsigned>(month + 1), 15),
                                  "URSSAF-" + period, "Charges sociales " + period);
  urssaf.postings = {debit("431000", social), credit("512000", social)};
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
