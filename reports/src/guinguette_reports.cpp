// See guinguette_reports.hpp.
#include "reports/guinguette_reports.hpp"

#include "till/guinguette.hpp"

namespace comptoir {
namespace {

std::string heading(const Labels& t, std::string_view id) {
  return std::string(t(id));
}

std::vector<Column> summary_columns(const Labels& t) {
  return {{"scope", heading(t, "guinguette.col.scope"), 0},
          {"tour", heading(t, "guinguette.col.tour"), 10},
          {"event", heading(t, "guinguette.col.number"), 3, Align::Right},
          {"date", heading(t, "col.date"), 10},
          {"commune", heading(t, "guinguette.col.commune"), 8},
          {"participants", heading(t, "guinguette.col.participants_short"), 5, Align::Right},
          {"takings_ht", heading(t, "guinguette.col.takings_ht"), 10, Align::Right},
          {"vat", heading(t, "guinguette.col.vat"), 0, Align::Right},
          {"takings_ttc", heading(t, "guinguette.col.takings_ttc"), 0, Align::Right},
          {"purchases", heading(t, "guinguette.col.purchases"), 9, Align::Right},
          {"gross_margin", heading(t, "guinguette.col.gross_margin"), 10, Align::Right},
          {"takings_per_participant", heading(t, "guinguette.col.per_participant"), 7, Align::Right}};  // 80 columns
}

// An event line: its number, date and commune. A tour line leaves them
// empty for machines; text says how many dates the tour had in the commune
// column (a Code with no code: CSV and JSON keep "").
std::vector<Cell> summary_cells(const GuinguetteSummaryLine& l, const Labels& t) {
  std::vector<Cell> cells{std::string(l.is_tour ? "tour" : "event"), l.tour};
  if (l.event) {
    cells.insert(cells.end(), {l.event->id, l.event->date, l.event->commune});
  } else {
    const std::string count = t(l.events > 1 ? "guinguette.events.count_many" : "guinguette.events.count_one",
                                {{"count", std::to_string(l.events)}});
    cells.insert(cells.end(), {std::string(), std::string(), Code{"", count}});
  }
  cells.insert(cells.end(), {l.participants, l.takings_ht, l.vat, l.takings_ttc, l.purchases, l.gross_margin});
  if (l.takings_per_participant)
    cells.emplace_back(*l.takings_per_participant);
  else
    cells.emplace_back(std::string());
  return cells;
}

}  // namespace

void write_guinguette_tours(const GuinguetteStore& store, const Labels& t, TableWriter& out) {
  out.begin({heading(t, "guinguette.tours.title"),
             {{"code", heading(t, "guinguette.col.code"), 16}, {"label", heading(t, "col.label"), 40}}});
  for (const auto& tour : store.tours()) out.row({tour.code, tour.label});
  out.end();
}

void write_guinguette_events(const GuinguetteStore& store, const std::string& tour, std::optional<int> year,
                             const Labels& t, TableWriter& out) {
  out.begin({heading(t, "guinguette.events.title"),
             {{"id", heading(t, "guinguette.col.number"), 5, Align::Right},
              {"date", heading(t, "col.date"), 10},
              {"tour", heading(t, "guinguette.col.tour"), 12},
              {"commune", heading(t, "guinguette.col.commune"), 24},
              {"participants", heading(t, "guinguette.col.participants"), 12, Align::Right},
              {"local_partners", heading(t, "guinguette.col.local_partners"), 11, Align::Right}}});
  for (const auto& e : store.events(tour, year)) {
    out.row({e.id, e.date, e.tour, e.commune, e.participants, e.local_partners});
  }
  out.end();
}

void write_guinguette_summary(const GuinguetteStore& store, const std::string& tour, std::optional<int> year,
                              const Labels& t, TableWriter& out) {
  const auto lines = summarise_guinguettes(store.events(tour, year), store.amounts(tour, year));
  std::string title = heading(t, "guinguette.summary.title");
  if (year) title += " " + std::to_string(*year);
  out.begin({title, summary_columns(t)});
  for (const auto& l : lines) {
    if (l.is_tour)
      out.total(summary_cells(l, t));
    else
      out.row(summary_cells(l, t));
  }
  out.end();
}

}  // namespace comptoir
