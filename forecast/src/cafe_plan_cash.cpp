// Cash figures of a plan year, read from the monthly cash plan.
#include <algorithm>

#include "core/error.hpp"
#include "forecast/cafe_plan.hpp"

namespace comptoir::forecast {
namespace {

const CashPlanRow& month_of(const CafePlan& plan, int year_index, int month) {
  const auto i = static_cast<std::size_t>(year_index * 12 + month);
  if (year_index < 0 || i >= plan.cash.size()) throw Error(ErrorKind::InvalidInput, "no such plan year");
  return plan.cash[i];
}

}  // namespace

Money year_end_cash(const CafePlan& plan, int year_index) {
  return month_of(plan, year_index, 11).closing;
}

Money lowest_month_end_cash(const CafePlan& plan, int year_index) {
  Money low = month_of(plan, year_index, 0).closing;
  for (int m = 1; m < 12; ++m) low = std::min(low, month_of(plan, year_index, m).closing);
  return low;
}

}  // namespace comptoir::forecast
