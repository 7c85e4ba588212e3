// See actuals_charts.hpp.
#include "reports/actuals_charts.hpp"

#include <algorithm>
#include <map>

#include "till/guinguette.hpp"

namespace comptoir {
namespace {

ChartSeries named(const Labels& t, std::string_view id) {
  return ChartSeries{std::string(t(id)), {}, {}};
}

}  // namespace

GrantChart grant_chart(const GrantStore& store, const GrantDesk& desk, const std::vector<std::string>& entities,
                       Date as_of, const Labels& t) {
  GrantChart chart;
  chart.as_of = as_of;
  chart.series = {named(t, "actuals.grants.awarded"), named(t, "actuals.grants.called"),
                  named(t, "actuals.grants.received"), named(t, "actuals.grants.spent"),
                  named(t, "actuals.grants.pro_rata")};
  for (const auto& entity : entities.empty() ? std::vector<std::string>{""} : entities) {
    for (const auto& g : store.grants(entity)) {
      const GrantState s = desk.state(g, as_of);
      GrantProgress p{g.code,
                      g.entity,
                      g.funder,
                      g.tag_key,
                      g.spending_tag_value(),
                      g.start,
                      g.end,
                      s.awarded,
                      s.called,
                      s.received,
                      s.spent,
                      {percent_text(s.period_elapsed)},
                      s.awarded.times(s.period_elapsed, RoundingMode::HalfUp),
                      {percent_text(s.spent_ratio)},
                      {},
                      {},
                      {},
                      {}};
      for (const auto& tranche : store.tranches(g.code)) {
        if (tranche.date > as_of) continue;  // as the state counts them
        (tranche.kind == GrantTrancheKind::Call ? p.calls : p.receipts).push_back(tranche.transaction_id);
      }
      Date from;
      Date to;
      if (spending_window(g, as_of, from, to)) {
        p.spent_from = from;
        p.spent_to = to;
      }
      const std::string label =
          t("actuals.grants.point", {{"code", g.code}, {"elapsed", t.decimal(p.elapsed.decimal)}});
      const Money amounts[] = {p.awarded, p.called, p.received, p.spent, p.pro_rata};
      for (std::size_t i = 0; i < chart.series.size(); ++i) {
        chart.series[i].x_labels.push_back(label);
        chart.series[i].values.push_back(amounts[i]);
      }
      chart.grants.push_back(std::move(p));
    }
  }
  return chart;
}

HeadroomChart headroom_chart(const CofinancingStore& store, int year, const Labels& t) {
  HeadroomChart chart;
  chart.year = year;
  std::vector<CofinancingRule> rules;
  for (const auto& r : store.cofinancing_rules()) {
    if (r.cap_scope != CofinancingCapScope::PerPrestation) rules.push_back(r);
  }
  for (const auto& r : rules) chart.totals.push_back({r.code, r.funder_name, {}, {}, {}, {}, {}, {}});
  for (const auto& commune : store.communes()) {
    auto prestations = store.prestations(commune.code);
    if (prestations.empty()) continue;
    CofinancingUsage usage;  // as `cofinancing headroom` counts it
    (void)compute_splits(prestations, commune, rules, usage);
    for (std::size_t i = 0; i < rules.size(); ++i) {
      const CofinancingRule& r = rules[i];
      HeadroomRow row{r.code, r.funder_name, commune.code, r.cap, usage.used_by(r, commune.code, year), {}, {}, {}};
      if (row.used.is_zero()) continue;
      for (const auto& p : prestations) {
        if (r.cap_scope == CofinancingCapScope::PerCommuneYear && p.date.year() != year) continue;
        for (const auto& share : store.split(p.id).shares) {
          if (share.rule == r.code && share.transaction_id != 0) row.invoiced += share.amount;
        }
      }
      row.committed = std::max(row.used - row.invoiced, Money());
      const bool eligible = r.eligibility_flag.empty() || commune.has_flag(r.eligibility_flag);
      row.headroom = eligible && row.used < r.cap ? r.cap - row.used : Money();
      HeadroomRow& total = chart.totals[i];
      total.cap += row.cap;
      total.used += row.used;
      total.invoiced += row.invoiced;
      total.committed += row.committed;
      total.headroom += row.headroom;
      chart.rows.push_back(row);
    }
  }
  chart.series = {named(t, "actuals.headroom.invoiced"), named(t, "actuals.headroom.committed"),
                  named(t, "actuals.headroom.left")};
  for (const auto& total : chart.totals) {
    const Money amounts[] = {total.invoiced, total.committed, total.headroom};
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
      chart.series[i].x_labels.push_back(total.funder);
      chart.series[i].values.push_back(amounts[i]);
    }
  }
  return chart;
}

TableData headroom_table(const HeadroomChart& chart, const Labels& t) {
  TableData table;
  table.key = "headroom";
  const auto h = [&t](std::string_view id) { return std::string(t(id)); };
  table.header = {t("actuals.headroom.title", {{"year", std::to_string(chart.year)}}),
                  {{"commune", h("actuals.col.commune"), 16},
                   {"rule", h("cofinancing.col.rule"), 6},
                   {"funder", h("cofinancing.col.funder"), 24, Align::Left, 12},
                   {"cap", h("cofinancing.col.cap"), 12, Align::Right},
                   {"used", h("cofinancing.col.used"), 12, Align::Right},
                   {"invoiced", h("actuals.col.invoiced"), 12, Align::Right},
                   {"committed", h("actuals.col.committed"), 12, Align::Right},
                   {"headroom", h("cofinancing.col.headroom"), 12, Align::Right}}};
  const auto cells = [](const HeadroomRow& r, Cell first) {
    return std::vector<Cell>{std::move(first), r.rule, r.funder, r.cap, r.used, r.invoiced, r.committed, r.headroom};
  };
  for (const auto& r : chart.rows) table.rows.push_back({cells(r, r.commune), false, false});
  for (const auto& r : chart.totals) table.rows.push_back({cells(r, h("common.total")), false, true});
  return table;
}

GuinguetteChart guinguette_chart(const GuinguetteStore& store, int year, const Labels& t) {
  GuinguetteChart chart;
  chart.series = {named(t, "actuals.guinguette.takings"), named(t, "actuals.guinguette.purchases"),
                  named(t, "actuals.guinguette.margin")};
  std::map<std::string, std::string> tour_labels;
  for (const auto& tour : store.tours()) tour_labels[tour.code] = tour.label;
  for (const auto& l : summarise_guinguettes(store.events("", year), store.amounts("", year))) {
    GuinguettePoint point{l.tour, 0, {}, {}, l.participants, l.takings_ht, l.purchases, l.gross_margin};
    if (l.event) {
      point.event = l.event->id;
      point.date = l.event->date;
      point.commune = l.event->commune;
      chart.events.push_back(point);
      continue;
    }
    chart.tours.push_back(point);
    const std::string label = tour_labels.count(l.tour) != 0 ? tour_labels[l.tour] : l.tour;
    const Money amounts[] = {l.takings_ht, l.purchases, l.gross_margin};
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
      chart.series[i].x_labels.push_back(label);
      chart.series[i].values.push_back(amounts[i]);
    }
  }
  return chart;
}

}  // namespace comptoir
