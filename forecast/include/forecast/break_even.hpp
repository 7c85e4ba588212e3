// Break-even of one plan year (seuil de rentabilité and point mort).
//
// Variable costs are the cost of goods sold; every other charge (external,
// taxes, staff, depreciation, interest) is fixed, less operating subsidies.
// Break-even revenue = fixed costs × revenue / (revenue − variable costs),
// rounded half-up to the cent. The point mort is the first month of the year
// whose cumulative revenue reaches it (seasonality included).
#pragma once

#include <optional>

#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir::forecast {

struct BreakEven {
  Money fixed_costs;                // net of operating subsidies
  Money contribution_margin;        // marge sur coûts variables
  std::optional<Money> revenue;     // none when the contribution margin is not positive
  std::optional<Date> reached_in;   // month of the point mort; none if not reached that year
};

}  // namespace comptoir::forecast
