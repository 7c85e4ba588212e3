// Guinguettes, the mobile bars: the tours they follow, their events (a day
// on a commune's square), the posted amounts the store aggregates for them,
// and the per-event and per-tour summary made of those amounts.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir {

// A Guinguette tour (grand-est, picardie, ...): the itinerary a mobile bar
// follows for a season. Tours are data in the book; more can be added.
struct GuinguetteTour {
  std::string code;   // slug used in tags: activity=guinguette-<code>
  std::string label;  // "Grand Est"
};

// Throws Error(InvalidInput) unless `code` is 1-40 characters of a-z, 0-9
// and '-' (it becomes part of an analytic tag).
void check_tour_code(std::string_view code);

// "guinguette-grand-est": the activity tag of a tour's postings.
[[nodiscard]] std::string tour_activity(std::string_view code);

// One Guinguette date: the mobile bar on a commune's square for a day,
// with its attendance. At most one event per tour and day.
struct GuinguetteEvent {
  std::int64_t id = 0;  // store id, 0 before it is stored
  Date date;
  std::string tour;  // GuinguetteTour code
  std::string commune;
  std::int64_t participants = 0;
  std::int64_t local_partners = 0;  // partenaires locaux (associations, producers...)
};

// Throws Error(InvalidInput) for an empty commune, a bad tour code or a
// negative count.
void check_event(const GuinguetteEvent& event);

// The posted figures a Guinguette summary is computed from, as the store
// aggregates them: takings per event and purchases per event and per tour.
struct GuinguetteTakings {
  Money ht;   // credits - debits of the sales (7x) postings tagged event=<id>
  Money vat;  // same over the VAT collected (4457x) postings
};

struct GuinguetteAmounts {
  std::map<std::int64_t, GuinguetteTakings> takings;  // by event id
  std::map<std::int64_t, Money> event_purchases;      // class 60 tagged event=<id>, debit - credit
  std::map<std::string, Money> tour_purchases;        // class 60 tagged activity=guinguette-<tour>
};

// Per event and per tour: takings, VAT, purchases, gross margin and takings
// per participant, computed from the events and the posted amounts.
struct GuinguetteSummaryLine {
  bool is_tour = false;  // a tour's total line, after its events
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
