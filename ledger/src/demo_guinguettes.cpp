// Demo books: the Guinguettes mobiles of AT, May to September 2025: 64
// dates in Grand Est and 19 in Picardie. Each date's till takings (journal
// CA) are split by VAT rate; HT and VAT are derived from the TTC takings
// (HT = TTC / (1 + rate) rounded half-up, VAT = TTC - HT) so lines sum
// exactly; paid in cash and by card, then banked. Drinks are bought per
// tour (journal AC) with deductible VAT.
#include <array>

#include "demo_context.hpp"
#include "ledger/allocation.hpp"
#include "ledger/error.hpp"

namespace comptoir {
namespace {

struct Tour {
  const char* activity;  // analytic tag value
  const char* prefix;    // piece prefix
  const char* supplier;
  int dates;
  std::int64_t sales_euros;  // planned HT sales
  const std::vector<std::string>* hosts;
};

struct VatRate {
  const char* sales_account;
  const char* vat_account;
  Rational rate;
  int weight;  // share of the takings (alcohol, on-site soft drinks and food, take-away)
};

std::array<VatRate, 3> vat_rates() {
  return {{{"707110", "445711", Rational(1, 5), 55},
           {"707120", "445712", Rational(1, 10), 35},
           {"707130", "445713", Rational(11, 200), 10}}};
}

// The till's split of TTC takings: HT rounded half-up, VAT the difference.
Money net_of(Money gross, const Rational& rate) {
  return Money::round(gross.to_rational() / (1 + rate), RoundingMode::HalfUp);
}

void post_event(DemoContext& demo, const Tour& tour, int index, Date date, const std::array<Money, 3>& planned_net) {
  const std::string piece = std::string(tour.prefix) + "-" + padded(index + 1, 3);
  const std::string& host =
      (*tour.hosts)[static_cast<std::size_t>(demo.uniform(0, static_cast<int>(tour.hosts->size()) - 1))];
  const Tags tags = {{"activity", tour.activity}, {"commune", host}, {"event", piece}};
  Transaction t = demo_entry("AT", "CA", date, piece, "Guinguette " + piece + " - recettes " + host);
  Money takings;
  const auto rates = vat_rates();
  for (std::size_t r = 0; r < 3; ++r) {
    const VatRate& rate = rates[r];
    const Money gross = planned_net[r].times(1 + rate.rate, RoundingMode::HalfUp);  // the till's TTC total
    const Money net = net_of(gross, rate.rate);
    if (net != planned_net[r]) throw Error(ErrorKind::Internal, "demo: VAT split does not give back the plan");
    t.postings.push_back(credit(rate.sales_account, net, "", tags));
    t.postings.push_back(credit(rate.vat_account, gross - net, "", tags));
    takings += gross;
  }
  const Money card = takings.times(Rational(demo.uniform(55, 75), 100), RoundingMode::HalfUp);
  t.postings.insert(t.postings.begin(), {debit("530000", takings - card, "", tags), debit("511500", card, "", tags)});
  demo.add(std::move(t));
  Transaction bank = demo_entry("AT", "BQ", date.plus_days(3), "REM-" + piece, "Remise espèces et CB " + piece);
  bank.postings = {debit("512000", takings), credit("511500", card, "", tags),
                   credit("530000", takings - card, "", tags)};
  demo.add(std::move(bank));
}

void post_tour_sales(DemoContext& demo, const Tour& tour) {
  const auto dates = demo.distinct_days(Date::from_ymd(2025, 5, 1), Date::from_ymd(2025, 9, 30), tour.dates);
  std::vector<Rational> rate_weights;
  for (const auto& r : vat_rates()) rate_weights.emplace_back(r.weight);
  const auto by_rate = allocate(euros(tour.sales_euros), rate_weights);
  std::array<std::vector<Money>, 3> per_event;
  for (std::size_t r = 0; r < 3; ++r) per_event[r] = allocate(by_rate[r], demo.weights(tour.dates, 60, 140));
  for (std::size_t e = 0; e < dates.size(); ++e) {
    post_event(demo, tour, static_cast<int>(e), dates[e], {per_event[0][e], per_event[1][e], per_event[2][e]});
  }
}

void post_tour_purchases(DemoContext& demo, const Tour& tour, Money total, int deliveries, Date first) {
  const Tags tags = {{"activity", tour.activity}};
  const auto parts = allocate(total, demo.weights(deliveries, 70, 130));
  for (int i = 0; i < deliveries; ++i) {
    const Date date = first.plus_days(i * 14 + demo.uniform(0, 3));
    const auto lines = allocate(parts[static_cast<std::size_t>(i)], {Rational(3, 5), Rational(2, 5)});
    const Money vat_alcohol = lines[0].times(Rational(1, 5), RoundingMode::HalfUp);
    const Money vat_other = lines[1].times(Rational(11, 200), RoundingMode::HalfUp);
    const Money gross = lines[0] + lines[1] + vat_alcohol + vat_other;
    const std::string piece = std::string(tour.prefix) + "-ACH-" + padded(i + 1, 2);
    Transaction t = demo_entry("AT", "AC", date, piece, std::string("Boissons et denrées ") + tour.activity);
    t.postings = {debit("607000", lines[0], "", tags), debit("607000", lines[1], "", tags),
                  debit("445661", vat_alcohol, "", tags), debit("445663", vat_other, "", tags),
                  credit("401000", gross, tour.supplier, tags)};
    demo.add(std::move(t));
    Transaction pay = demo_entry("AT", "BQ", date.plus_days(30), "VIR-" + piece, "Règlement " + piece);
    pay.postings = {debit("401000", gross, tour.supplier, tags), credit("512000", gross)};
    demo.add(std::move(pay));
  }
}

}  // namespace

void add_demo_guinguettes(DemoContext& demo) {
  const Tour grand_est{"guinguette-grand-est", "GGE", "S-FRANCE-BOISSONS", 64, 170000, &demo.grand_est_communes};
  const Tour picardie{"guinguette-picardie", "GPI", "S-DISTRI-PICARDIE", 19, 50720, &demo.picardie_communes};
  post_tour_sales(demo, grand_est);
  post_tour_sales(demo, picardie);
  // Purchases (planned 77,000.00 HT) split between the tours by planned sales.
  const auto purchases = allocate(euros(77000), {Rational(170000), Rational(50720)});
  post_tour_purchases(demo, grand_est, purchases[0], 12, Date::from_ymd(2025, 4, 24));
  post_tour_purchases(demo, picardie, purchases[1], 5, Date::from_ymd(2025, 5, 19));
}

}  // namespace comptoir
