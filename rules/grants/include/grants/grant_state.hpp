// Where an agreement stands on a date: awarded, called, received,
// receivable, spent, remaining, and the share of its period elapsed against
// the share of the award spent. Computed, never stored.
#pragma once

#include <string>
#include <vector>

#include "grants/grant.hpp"
#include "grants/grant_tranche.hpp"
#include "core/rational.hpp"

namespace comptoir {

struct GrantState {
  Date as_of;
  Money awarded;
  Money called;             // tranches called up to as_of
  Money received;           // tranches received up to as_of
  Money receivable;         // called - received
  Money spent;              // tagged class-6 spending within the period, up to as_of
  Money remaining;          // awarded - spent (negative when spending exceeds the award)
  Rational period_elapsed;  // days of the period up to as_of / days of the period, in [0, 1]
  Rational spent_ratio;     // spent / awarded (may exceed 1)
};

// The state of `grant` on `as_of` from its tranches (those dated after
// as_of are ignored) and `spent`, the tagged spending from the start of the
// period to min(as_of, end) (see spending_window). Exact: no rounding.
[[nodiscard]] GrantState compute_grant_state(const Grant& grant, const std::vector<GrantTranche>& tranches, Money spent,
                                             Date as_of);

// The days whose spending counts toward the agreement on `as_of`: from its
// start to min(as_of, end). Returns false (empty window) before the start.
[[nodiscard]] bool spending_window(const Grant& grant, Date as_of, Date& from, Date& to);

// A ratio as a percentage with one decimal, rounded half-up ("37.5"):
// the display rule of % elapsed and % spent.
[[nodiscard]] std::string percent_text(const Rational& ratio);

}  // namespace comptoir
