// The CA entry of a till day: receivables by payment mode against sales
// and VAT per rate, each rate's lines summing exactly to its TTC.
#include "till/till_import.hpp"

#include "till/guinguette.hpp"

namespace comptoir {
namespace {

void add_line(Transaction& t, const std::string& account, Money debit, Money credit, Tags tags) {
  if (debit.is_zero() && credit.is_zero()) return;
  Posting p;
  p.account = account;
  p.debit = debit;
  p.credit = credit;
  p.tags = std::move(tags);
  t.postings.push_back(std::move(p));
}

}  // namespace

Transaction till_transaction(const TillDay& day, const GuinguetteEvent& event, const std::vector<VatRate>& rates) {
  Transaction t;
  t.entity = till_entity;
  t.journal = till_journal;
  t.date = day.date;
  t.piece_date = day.date;
  t.piece_ref = day.z_number.empty() ? "Z-" + day.tour + "-" + day.date.compact() : "Z-" + day.z_number;
  t.label = "Guinguette " + event.commune + " - recette du " + day.date.french();
  const std::string event_id = std::to_string(event.id);
  add_line(t, cash_account, day.cash, Money(), {{"event", event_id}});
  add_line(t, card_account, day.card, Money(), {{"event", event_id}});
  for (std::size_t i = 0; i < rates.size() && i < day.ttc_by_rate.size(); ++i) {
    const TillVatSplit split = split_ttc(day.ttc_by_rate[i], rates[i].rate);
    add_line(t, rates[i].sales_account, Money(), split.ht,
             {{"activity", tour_activity(event.tour)}, {"event", event_id}});
    add_line(t, rates[i].vat_account, Money(), split.vat, {{"event", event_id}});
  }
  return t;
}

}  // namespace comptoir
