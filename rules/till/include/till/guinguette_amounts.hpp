// The posted figures a Guinguette summary is computed from, as the store
// aggregates them: takings per event and purchases per event and per tour.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/money.hpp"

namespace comptoir {

struct GuinguetteTakings {
  Money ht;   // credits - debits of the sales (7x) postings tagged event=<id>
  Money vat;  // same over the VAT collected (4457x) postings
};

struct GuinguetteAmounts {
  std::map<std::int64_t, GuinguetteTakings> takings;  // by event id
  std::map<std::int64_t, Money> event_purchases;      // class 60 tagged event=<id>, debit - credit
  std::map<std::string, Money> tour_purchases;        // class 60 tagged activity=guinguette-<tour>
};

}  // namespace comptoir
