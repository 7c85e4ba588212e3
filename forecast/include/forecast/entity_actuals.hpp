// What a funding-mix projection starts from for one association (or both
// combined): resources by source and expenses by category over the base
// year, as the activity report groups them, and the cash at year end.
#pragma once

#include <string>
#include <vector>

#include "forecast/actual_line.hpp"

namespace comptoir::forecast {

struct EntityActuals {
  std::string entity;  // "AT", "RES"
  std::vector<ActualLine> resources;
  std::vector<ActualLine> expenses;
  Money year_end_cash;  // balance of the 5xx treasury accounts on the last day of the year

  [[nodiscard]] Money total_resources() const;
  [[nodiscard]] Money total_expenses() const;
  // The line with `code` on that side, or nullptr.
  [[nodiscard]] const ActualLine* find(bool resource, const std::string& code) const;
};

}  // namespace comptoir::forecast
