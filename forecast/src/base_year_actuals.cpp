// Totals and look-ups of base-year actuals.
#include "forecast/base_year_actuals.hpp"

namespace comptoir::forecast {

Money EntityActuals::total_resources() const {
  Money total;
  for (const auto& line : resources) total += line.amount;
  return total;
}

Money EntityActuals::total_expenses() const {
  Money total;
  for (const auto& line : expenses) total += line.amount;
  return total;
}

const ActualLine* EntityActuals::find(bool resource, const std::string& code) const {
  for (const auto& line : resource ? resources : expenses) {
    if (line.code == code) return &line;
  }
  return nullptr;
}

const EntityActuals* BaseYearActuals::find(const std::string& entity) const {
  for (const auto& e : entities) {
    if (e.entity == entity) return &e;
  }
  return nullptr;
}

}  // namespace comptoir::forecast
