// An agreement's state as of a date, exact, and the display rule of its
// percentages.
#include <algorithm>

#include "grants/grant.hpp"

namespace comptoir {

bool spending_window(const Grant& grant, Date as_of, Date& from, Date& to) {
  if (as_of < grant.start) return false;
  from = grant.start;
  to = std::min(as_of, grant.end);
  return true;
}

GrantState compute_grant_state(const Grant& grant, const std::vector<GrantTranche>& tranches, Money spent, Date as_of) {
  GrantState s;
  s.as_of = as_of;
  s.awarded = grant.awarded;
  for (const auto& t : tranches) {
    if (t.date > as_of) continue;
    (t.kind == GrantTrancheKind::Call ? s.called : s.received) += t.amount;
  }
  s.receivable = s.called - s.received;
  s.spent = spent;
  s.remaining = s.awarded - s.spent;
  const std::int64_t period_days = grant.end.days() - grant.start.days() + 1;
  const std::int64_t elapsed_days =
      std::clamp<std::int64_t>(std::int64_t{as_of.days()} - grant.start.days() + 1, 0, period_days);
  s.period_elapsed = Rational(elapsed_days, period_days);
  s.spent_ratio = s.awarded.is_zero() ? Rational(0) : s.spent.to_rational() / s.awarded.to_rational();
  return s;
}

std::string percent_text(const Rational& ratio) {
  return to_decimal_string(ratio * 100, 1);
}

}  // namespace comptoir
