// An event that shifts drivers from a date: an election year (prestations
// down and postponed), a sponsor leaving, staff hired or leaving.
#pragma once

#include <optional>
#include <string>

#include "forecast/funding_event_kind.hpp"
#include "core/date.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

struct FundingEvent {
  FundingEventKind kind = FundingEventKind::Prestations;
  std::string label;
  Date from;
  std::optional<Date> to;   // Prestations: last day of the slowdown (none: to the horizon)
  Rational factor{1};       // Prestations: volume multiplier in [from, to]
  Rational postponed{0};    // Prestations: share of the lost volume sold in the months after `to`
  int postpone_months = 6;  // Prestations: over how many months the postponed volume is spread
  std::string funder;       // FunderLeaves
  std::string entity;       // Staff
  Rational fte;             // Staff
};

}  // namespace comptoir::forecast
