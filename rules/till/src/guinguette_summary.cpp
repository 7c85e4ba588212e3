// The Guinguette summary from typed inputs only: no storage here.
#include <algorithm>

#include "till/guinguette.hpp"

namespace comptoir {
namespace {

void finish(GuinguetteSummaryLine& line) {
  line.takings_ttc = line.takings_ht + line.vat;
  line.gross_margin = line.takings_ht - line.purchases;
  if (line.participants > 0) {
    line.takings_per_participant =
        Money::round(line.takings_ttc.to_rational() / Rational(line.participants), RoundingMode::HalfUp);
  }
}

GuinguetteSummaryLine event_line(const GuinguetteEvent& event, const GuinguetteAmounts& amounts) {
  GuinguetteSummaryLine line;
  line.tour = event.tour;
  line.event = event;
  line.events = 1;
  line.participants = event.participants;
  if (auto it = amounts.takings.find(event.id); it != amounts.takings.end()) {
    line.takings_ht = it->second.ht;
    line.vat = it->second.vat;
  }
  if (auto it = amounts.event_purchases.find(event.id); it != amounts.event_purchases.end()) {
    line.purchases = it->second;
  }
  finish(line);
  return line;
}

GuinguetteSummaryLine tour_line(const std::string& tour, const std::vector<GuinguetteSummaryLine>& event_lines,
                                const GuinguetteAmounts& amounts) {
  GuinguetteSummaryLine line;
  line.is_tour = true;
  line.tour = tour;
  for (const auto& e : event_lines) {
    line.events += 1;
    line.participants += e.participants;
    line.takings_ht += e.takings_ht;
    line.vat += e.vat;
  }
  if (auto it = amounts.tour_purchases.find(tour); it != amounts.tour_purchases.end()) line.purchases = it->second;
  finish(line);
  return line;
}

}  // namespace

std::vector<GuinguetteSummaryLine> summarise_guinguettes(const std::vector<GuinguetteEvent>& events,
                                                         const GuinguetteAmounts& amounts) {
  std::vector<GuinguetteEvent> sorted = events;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.tour != b.tour ? a.tour < b.tour : a.date < b.date; });
  std::vector<std::string> tours;
  for (const auto& e : sorted) {
    if (tours.empty() || tours.back() != e.tour) tours.push_back(e.tour);
  }
  for (const auto& [tour, purchases] : amounts.tour_purchases) {
    if (std::find(tours.begin(), tours.end(), tour) == tours.end()) tours.push_back(tour);
  }
  std::sort(tours.begin(), tours.end());
  std::vector<GuinguetteSummaryLine> out;
  for (const auto& tour : tours) {
    std::vector<GuinguetteSummaryLine> lines;
    for (const auto& e : sorted) {
      if (e.tour == tour) lines.push_back(event_line(e, amounts));
    }
    out.insert(out.end(), lines.begin(), lines.end());
    out.push_back(tour_line(tour, lines, amounts));
  }
  return out;
}

}  // namespace comptoir
