// The Actuals view's charts beyond the activity report: each agreement's
// grant awarded, called, received and spent against the time elapsed of
// its period; each co-financing funder's cap used and left per commune;
// the Guinguettes' takings and margin per tour and per event. Typed series
// computed from the rule sets' readers (the figures of `grant list`,
// `cofinancing headroom` and `guinguette summary`), and what each bar
// needs to find the ledger lines behind it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cofinancing/cofinancing_store.hpp"
#include "core/date.hpp"
#include "core/money.hpp"
#include "grants/grant_desk.hpp"
#include "grants/grant_store.hpp"
#include "labels/labels.hpp"
#include "reports/chart_series.hpp"
#include "reports/table.hpp"
#include "reports/table_data.hpp"
#include "till/guinguette_store.hpp"

namespace comptoir {

// One agreement on a date, as `grant list` shows it.
struct GrantProgress {
  std::string code;
  std::string entity;
  std::string funder;
  std::string tag_key;  // its spending's tag: tag_key=spending_value
  std::string spending_value;
  Date start;
  Date end;
  Money awarded;
  Money called;
  Money received;
  Money spent;
  Percent elapsed;                     // of its period on the date, one decimal
  Money pro_rata;                      // awarded × the share of its period elapsed, half-up: an even pace
  Percent spent_share;                 // spent / awarded, one decimal
  std::vector<std::int64_t> calls;     // the entries of its tranches called up to the date
  std::vector<std::int64_t> receipts;  // and received
  // The days whose tagged class-6 spending counts (none before its start).
  std::optional<Date> spent_from;
  std::optional<Date> spent_to;
};

// The agreements of `entities` (all of them: none given) on `as_of`, by
// entity then code, and five series over them (awarded, called, received,
// spent, and the award pro rata of the time elapsed), each point labelled
// "<code> (<elapsed> % du temps écoulé)".
struct GrantChart {
  Date as_of;
  std::vector<GrantProgress> grants;
  std::vector<ChartSeries> series;
};
[[nodiscard]] GrantChart grant_chart(const GrantStore& store, const GrantDesk& desk,
                                     const std::vector<std::string>& entities, Date as_of, const Labels& labels);

// One co-financing rule and commune: what its cap allows, what the
// commune's prestations use of it (as `cofinancing headroom`), of which
// invoiced (the shares posted), and what is left.
struct HeadroomRow {
  std::string rule;
  std::string funder;  // the funder's name
  std::string commune;
  Money cap;
  Money used;
  Money invoiced;   // the shares of `used` with an invoice posted
  Money committed;  // used − invoiced: quoted or signed, not invoiced yet (never negative)
  Money headroom;   // cap − used for an eligible commune, else 0
};

// Per rule (the order funders pay) its totals over the communes, and per
// commune and rule the rows of the communes that used some of it (caps
// per commune-year counted in `year`; caps per prestation have no
// headroom and are left out). Series over the rules: invoiced, committed,
// headroom (a stacked bar per funder).
struct HeadroomChart {
  int year = 0;
  std::vector<HeadroomRow> totals;  // commune empty
  std::vector<HeadroomRow> rows;
  std::vector<ChartSeries> series;
};
[[nodiscard]] HeadroomChart headroom_chart(const CofinancingStore& store, int year, const Labels& labels);
// Its rows as a table: commune, rule, funder, cap, used, invoiced,
// committed, headroom; the totals per rule after them.
[[nodiscard]] TableData headroom_table(const HeadroomChart& chart, const Labels& labels);

// The Guinguettes of `year` (calendar year, as `guinguette summary
// --year`): per tour its takings HT, purchases and gross margin (three
// series over the tours), and per event its date, commune and the same
// figures, in the summary's order.
struct GuinguettePoint {
  std::string tour;
  std::int64_t event = 0;  // 0 on a tour's line
  Date date;
  std::string commune;
  std::int64_t participants = 0;
  Money takings_ht;
  Money purchases;
  Money gross_margin;
};
struct GuinguetteChart {
  std::vector<GuinguettePoint> tours;
  std::vector<GuinguettePoint> events;
  std::vector<ChartSeries> series;  // takings HT, purchases, gross margin per tour
};
[[nodiscard]] GuinguetteChart guinguette_chart(const GuinguetteStore& store, int year, const Labels& labels);

}  // namespace comptoir
