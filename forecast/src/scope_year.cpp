// Shares and coverage of a projected year, exact.
#include "forecast/funding_projection.hpp"

namespace comptoir::forecast {

Rational ScopeYear::own_share() const {
  if (total_resources.is_zero()) return 0;
  return own_resources.to_rational() / total_resources.to_rational();
}

Rational ScopeYear::largest_funder_share() const {
  if (total_resources.is_zero()) return 0;
  return largest_funder_amount.to_rational() / total_resources.to_rational();
}

Rational ScopeYear::months_covered() const {
  if (total_expenses.is_zero()) return 0;
  return year_end_cash.to_rational() * 12 / total_expenses.to_rational();
}

}  // namespace comptoir::forecast
