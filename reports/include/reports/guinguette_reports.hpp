// The Guinguette listings, built once for every writer: the tours, the
// events (dates) with their attendance, and the per-event and per-tour
// takings, purchases and margin. Each reads the Guinguette store through
// its port.
#pragma once

#include <optional>
#include <string>

#include "labels/labels.hpp"
#include "reports/table.hpp"
#include "till/guinguette_store.hpp"

namespace comptoir {

// One row per tour: code, label.
void write_guinguette_tours(const GuinguetteStore& store, const Labels& labels, TableWriter& out);

// One row per event of `tour` ("" = every tour) in `year` (none = every
// year), by date then tour.
void write_guinguette_events(const GuinguetteStore& store, const std::string& tour, std::optional<int> year,
                             const Labels& labels, TableWriter& out);

// One row per event and a total row per tour after its events (scope
// "event" or "tour"): participants, takings HT, VAT, TTC, purchases, gross
// margin and takings TTC per participant.
void write_guinguette_summary(const GuinguetteStore& store, const std::string& tour, std::optional<int> year,
                              const Labels& labels, TableWriter& out);

}  // namespace comptoir
