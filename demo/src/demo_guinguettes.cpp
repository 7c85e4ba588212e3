// Demo books: the Guinguettes mobiles of AT, May to September 2025: 64
// dates in Grand Est and 19 in Picardie, recorded as events (GuinguetteStore,
// as `comptoir guinguette event add` does) with their attendance. Each
// date's till closing is written as a one-day Z report CSV and imported by
// import_till_report, the code behind `comptoir guinguette import`: journal
// CA, split by VAT rate (HT = TTC / (1 + rate) rounded half-up, VAT the
// rest), paid in cash and by card, then banked. Drinks are bought per tour
// (journal AC, tagged to the tour) with deductible VAT.
#include <algorithm>
#include <array>

#include "core/allocation.hpp"
#include "core/error.hpp"
#include "demo_context.hpp"
#include "till/guinguette.hpp"
#include "till/till_import.hpp"
#include "till/till_z_report.hpp"

namespace comptoir {
namespace {

struct Tour {
  const char* code;    // GuinguetteTour code (tag activity=guinguette-<code>)
  const char* prefix;  // Z number and piece prefix
  const char* supplier;
  int dates;
  std::int64_t sales_euros;  // planned HT sales
  const std::vector<std::string>* hosts;
};

// Planned share of the takings per VAT rate code (alcohol, on-site soft
// drinks and food, take-away); every shipped rate must be listed.
constexpr std::array<std::pair<const char*, int>, 3> kRateWeights = {{{"20", 55}, {"10", 35}, {"5_5", 10}}};

// The planned HT sales of one event, parallel to `rates`.
using EventSales = std::vector<Money>;

// One till closing as the till exports it: a CSV Z report of one day.
std::string z_report_csv(const TillDay& day, const std::vector<VatRate>& rates) {
  std::string header = "date,tour,total_ttc";
  std::string line = day.date.iso() + "," + day.tour + "," + day.total_ttc.to_string();
  for (std::size_t r = 0; r < rates.size(); ++r) {
    header += ",ttc_" + rates[r].code;
    line += "," + day.ttc_by_rate[r].to_string();
  }
  return header + ",cash,card,z_number\n" + line + "," + day.cash.to_string() + "," + day.card.to_string() + "," +
         day.z_number + "\n";
}

// The till's TTC day for planned HT sales: TTC = HT × (1 + rate) half-up,
// which the import's split gives back exactly (checked).
TillDay till_day(DemoContext& demo, const Tour& tour, int index, Date date, const EventSales& sales,
                 const std::vector<VatRate>& rates) {
  TillDay day;
  day.date = date;
  day.tour = tour.code;
  day.z_number = std::string(tour.prefix) + "-" + padded(index + 1, 3);
  for (std::size_t r = 0; r < rates.size(); ++r) {
    const Money ttc = sales[r].times(1 + rates[r].rate, RoundingMode::HalfUp);
    if (split_ttc(ttc, rates[r].rate).ht != sales[r]) {
      throw Error(ErrorKind::Internal, "demo: VAT split does not give back the plan");
    }
    day.ttc_by_rate.push_back(ttc);
    day.total_ttc += ttc;
  }
  day.card = day.total_ttc.times(Rational(demo.uniform(55, 75), 100), RoundingMode::HalfUp);
  day.cash = day.total_ttc - day.card;
  return day;
}

void queue_event(DemoContext& demo, const Tour& tour, int index, Date date, const EventSales& sales,
                 const std::vector<VatRate>& rates) {
  const std::string& host =
      (*tour.hosts)[static_cast<std::size_t>(demo.uniform(0, static_cast<int>(tour.hosts->size()) - 1))];
  GuinguetteEvent event{0, date, tour.code, demo.commune_names[host], demo.uniform(150, 400), demo.uniform(0, 4)};
  event.id = demo.stores().guinguettes.add_event(event);
  const TillDay day = till_day(demo, tour, index, date, sales, rates);
  const std::string file = "z-" + day.tour + "-" + date.compact() + ".csv";
  const TillZReport report = parse_till_z_report(z_report_csv(day, rates), file, rates);
  Book& book = demo.book();
  GuinguetteStore& store = demo.stores().guinguettes;
  demo.add_deferred(date, {till_transaction(report.days.front(), event, rates)}, [&book, &store, report, rates, date] {
    (void)import_till_report(book, store, report, rates, date);
  });
  const std::string event_id = std::to_string(event.id);
  const std::string piece = "REM-" + day.z_number;
  Transaction bank = Transaction::draft("AT", "BQ", date.plus_days(3), piece, "Remise espèces et CB " + day.z_number);
  bank.postings = {Posting::debiting("512000", day.total_ttc),
                   Posting::crediting(card_account, day.card, {.tags = {{"event", event_id}}}),
                   Posting::crediting(cash_account, day.cash, {.tags = {{"event", event_id}}})};
  demo.add(std::move(bank));
}

void queue_tour_sales(DemoContext& demo, const Tour& tour, const std::vector<VatRate>& rates) {
  const auto dates = demo.distinct_days(Date::from_ymd(2025, 5, 1), Date::from_ymd(2025, 9, 30), tour.dates);
  std::vector<Rational> rate_weights;
  for (const auto& rate : rates) {
    const auto* planned =
        std::find_if(kRateWeights.begin(), kRateWeights.end(), [&](const auto& w) { return rate.code == w.first; });
    if (planned == kRateWeights.end()) throw Error(ErrorKind::Internal, "demo: no plan for VAT rate " + rate.code);
    rate_weights.emplace_back(planned->second);
  }
  const auto by_rate = allocate(euros(tour.sales_euros), rate_weights);
  std::vector<std::vector<Money>> per_event;
  for (const auto& total : by_rate) per_event.push_back(allocate(total, demo.weights(tour.dates, 60, 140)));
  for (std::size_t e = 0; e < dates.size(); ++e) {
    EventSales sales;
    for (const auto& rate_parts : per_event) sales.push_back(rate_parts[e]);
    queue_event(demo, tour, static_cast<int>(e), dates[e], sales, rates);
  }
}

void post_tour_purchases(DemoContext& demo, const Tour& tour, Money total, int deliveries, Date first) {
  const Tags tags = {{"activity", tour_activity(tour.code)}};
  const auto parts = allocate(total, demo.weights(deliveries, 70, 130));
  for (int i = 0; i < deliveries; ++i) {
    const Date date = first.plus_days(i * 14 + demo.uniform(0, 3));
    const auto lines = allocate(parts[static_cast<std::size_t>(i)], {Rational(3, 5), Rational(2, 5)});
    const Money vat_alcohol = lines[0].times(Rational(1, 5), RoundingMode::HalfUp);
    const Money vat_other = lines[1].times(Rational(11, 200), RoundingMode::HalfUp);
    const Money gross = lines[0] + lines[1] + vat_alcohol + vat_other;
    const std::string piece = std::string(tour.prefix) + "-ACH-" + padded(i + 1, 2);
    Transaction t =
        Transaction::draft("AT", "AC", date, piece, std::string("Boissons et denrées ") + tour_activity(tour.code));
    t.postings = {Posting::debiting("607000", lines[0], {.tags = tags}),
                  Posting::debiting("607000", lines[1], {.tags = tags}),
                  Posting::debiting("445661", vat_alcohol, {.tags = tags}),
                  Posting::debiting("445663", vat_other, {.tags = tags}),
                  Posting::crediting("401000", gross, {.auxiliary = tour.supplier, .tags = tags})};
    demo.add(std::move(t));
    Transaction pay = Transaction::draft("AT", "BQ", date.plus_days(30), "VIR-" + piece, "Règlement " + piece);
    pay.postings = {Posting::debiting("401000", gross, {.auxiliary = tour.supplier, .tags = tags}),
                    Posting::crediting("512000", gross)};
    demo.add(std::move(pay));
  }
}

}  // namespace

void add_demo_guinguettes(DemoContext& demo) {
  const Tour grand_est{"grand-est", "GGE", "S-FRANCE-BOISSONS", 64, 170000, &demo.grand_est_communes};
  const Tour picardie{"picardie", "GPI", "S-DISTRI-PICARDIE", 19, 50720, &demo.picardie_communes};
  const auto rates = default_vat_rates();
  queue_tour_sales(demo, grand_est, rates);
  queue_tour_sales(demo, picardie, rates);
  // Purchases (planned 77,000.00 HT) split between the tours by planned sales.
  const auto purchases = allocate(euros(77000), {Rational(170000), Rational(50720)});
  post_tour_purchases(demo, grand_est, purchases[0], 12, Date::from_ymd(2025, 4, 24));
  post_tour_purchases(demo, picardie, purchases[1], 5, Date::from_ymd(2025, 5, 19));
}

}  // namespace comptoir
