// A funding-mix scenario for AT and RES: drivers projecting a book's base
// year over 3 to 5 years, with events and Monte Carlo settings. Read from
// TOML by scenario_toml.hpp; schema in forecast/scenarios/funding-base.toml.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "forecast/commune_class.hpp"
#include "forecast/driver.hpp"
#include "forecast/funding_event.hpp"
#include "forecast/funding_source.hpp"
#include "forecast/interco_flow.hpp"
#include "forecast/prestation_driver.hpp"
#include "forecast/staff_driver.hpp"
#include "forecast/tour_driver.hpp"
#include "core/money.hpp"

namespace comptoir::forecast {

struct FundingScenario {
  std::string name;
  int base_year = 0;
  int years = 5;                // projected years after the base year, 3 to 5
  std::vector<Driver> drivers;  // every number below points here
  std::size_t inflation = 0;    // driver: yearly growth of expenses that no other driver models
  std::string prestation_entity = "AT";
  std::vector<PrestationDriver> prestations;
  std::vector<CommuneClass> commune_classes;
  std::vector<TourDriver> tours;
  std::vector<FundingSource> funding;
  std::vector<StaffDriver> staff;
  std::vector<FundingEvent> events;
  std::optional<IntercoFlow> interco;
  // Resource categories counted as own resources (whoever pays: sales).
  std::vector<std::string> own_categories{"activity-sales", "prestations"};
  // Monte Carlo defaults (the CLI may override them).
  std::int64_t runs = 10000;
  std::uint64_t seed = 1;
  Money cash_threshold;  // P(cash < threshold) is reported per year

  // The deterministic value of every driver, in order.
  [[nodiscard]] std::vector<Rational> base_values() const;
};

}  // namespace comptoir::forecast
