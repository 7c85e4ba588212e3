// How a date range splits for a trial balance: whole months, read from the
// monthly running totals, and partial months at its edges, read from the
// postings.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.hpp"

namespace comptoir {

struct MonthSplit {
  bool has_whole_months = true;
  std::optional<std::string> first_month;             // 'YYYY-MM'; none: from the first month
  std::optional<std::string> last_month;              // none: to the last month
  std::vector<std::pair<Date, Date>> partial_ranges;  // inclusive

  // Splits [from, to] (either may be open).
  [[nodiscard]] static MonthSplit of(std::optional<Date> from, std::optional<Date> to);
};

}  // namespace comptoir
