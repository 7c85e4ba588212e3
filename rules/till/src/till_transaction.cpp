// The CA entry of a till day: receivables by payment mode against sales
// and VAT per rate, each rate's lines summing exactly to its TTC.
#include "till/guinguette.hpp"
#include "till/till_import.hpp"

namespace comptoir {
namespace {

// Adds `line` unless it is zero (a payment mode or rate without takings).
void add_line(Transaction& t, Posting line) {
  if (line.debit.is_zero() && line.credit.is_zero()) return;
  t.postings.push_back(std::move(line));
}

}  // namespace

Transaction till_transaction(const TillDay& day, const GuinguetteEvent& event, const std::vector<VatRate>& rates) {
  Transaction t =
      Transaction::draft(till_entity, till_journal, day.date,
                         day.z_number.empty() ? "Z-" + day.tour + "-" + day.date.compact() : "Z-" + day.z_number,
                         "Guinguette " + event.commune + " - recette du " + day.date.french());
  const std::string event_id = std::to_string(event.id);
  add_line(t, Posting::debiting(cash_account, day.cash, {.tags = {{"event", event_id}}}));
  add_line(t, Posting::debiting(card_account, day.card, {.tags = {{"event", event_id}}}));
  for (std::size_t i = 0; i < rates.size() && i < day.ttc_by_rate.size(); ++i) {
    const TillVatSplit split = split_ttc(day.ttc_by_rate[i], rates[i].rate);
    add_line(t, Posting::crediting(rates[i].sales_account, split.ht,
                                   {.tags = {{"activity", tour_activity(event.tour)}, {"event", event_id}}}));
    add_line(t, Posting::crediting(rates[i].vat_account, split.vat, {.tags = {{"event", event_id}}}));
  }
  return t;
}

}  // namespace comptoir
