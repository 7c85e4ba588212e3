// A book's actuals for a base year, per association and combined (flows
// between the associations eliminated): what a funding-mix projection
// starts from. Built by reports (reports/forecast_base_year.hpp, from the
// activity report's category summaries): forecast does not read books.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/money.hpp"

namespace comptoir::forecast {

// One category of a base year's actuals (or of a projected year): a stable
// code shared with the activity report's categories and its labels.
struct ActualLine {
  std::string code;  // "payroll", "public-subsidies", "other"
  std::string label_fr;
  std::string label_en;
  Money amount;  // expenses and resources both positive
};

// One association (or both combined): resources by source and expenses by
// category over the base year, as the activity report groups them, and the
// cash at year end.
struct EntityActuals {
  std::string entity;  // "AT", "RES"
  std::vector<ActualLine> resources;
  std::vector<ActualLine> expenses;
  Money year_end_cash;  // balance of the cash accounts (class 5) on the last day of the year

  [[nodiscard]] Money total_resources() const;
  [[nodiscard]] Money total_expenses() const;
  // The line with `code` on that side, or nullptr.
  [[nodiscard]] const ActualLine* find(bool resource, const std::string& code) const;
};

// A commune of the book and the co-financing its prestations dated up to
// the end of the base year were granted, per rule: what per-commune caps
// have left for the projected years.
struct CommuneCofinancing {
  std::string commune;  // Commune::code
  std::set<std::string> flags;
  std::vector<std::pair<std::string, Money>> used;  // rule code, HT granted
};

struct BaseYearActuals {
  int year = 0;
  std::vector<EntityActuals> entities;  // in book order
  EntityActuals combined;               // entity "ALL"; interco eliminated
  // The book's communes with what they used of co-financing caps (empty
  // when the caller reads no co-financing: every cap then starts unused).
  std::vector<CommuneCofinancing> communes;

  // The entity's actuals, or nullptr.
  [[nodiscard]] const EntityActuals* find(const std::string& entity) const;
};

}  // namespace comptoir::forecast
