// Per event and per tour: takings, VAT, purchases, gross margin and takings
// per participant, computed from the events and the posted amounts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "till/guinguette_amounts.hpp"
#include "till/guinguette_event.hpp"

namespace comptoir {

struct GuinguetteSummaryLine {
  bool is_tour = false;                  // a tour's total line, after its events
  std::string tour;
  std::optional<GuinguetteEvent> event;  // set on event lines
  std::int64_t events = 0;               // 1 on event lines, the count on tour lines
  std::int64_t participants = 0;
  Money takings_ht;
  Money vat;
  Money takings_ttc;
  // Event lines: class-60 postings tagged event=<id>. Tour lines: those
  // tagged activity=guinguette-<tour> (event-tagged ones included).
  Money purchases;
  Money gross_margin;  // marge brute = takings_ht - purchases
  // takings_ttc / participants rounded half-up; none without participants.
  std::optional<Money> takings_per_participant;
};

// Lines ordered by tour code, each tour's events by date then its total.
[[nodiscard]] std::vector<GuinguetteSummaryLine> summarise_guinguettes(const std::vector<GuinguetteEvent>& events,
                                                                      const GuinguetteAmounts& amounts);

}  // namespace comptoir
