// One row of a category summary: a category, its amount over the year and
// its exact share of the side total.
#pragma once

#include <string>

#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir {

struct CategoryRow {
  std::string code;  // category code, or "other" for unmatched accounts
  std::string label_fr;
  std::string label_en;
  Money amount;    // expenses: debit - credit; resources: credit - debit
  Rational share;  // amount / side total, exact; 0 when the total is 0

  // The share as a whole percent for display, rounded half-up (half away
  // from zero): 0.835 -> 84, 0.8349 -> 83.
  [[nodiscard]] int percent() const;
};

// Whole percent of an exact share, rounded half-up (half away from zero).
[[nodiscard]] int whole_percent_half_up(const Rational& share);

}  // namespace comptoir
