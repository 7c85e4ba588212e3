// Paths of the source tree for the forecast tests and the tiny plan text.
#include "forecast_test_support.hpp"

#include <filesystem>

namespace comptoir::forecast::testing {
namespace {

std::filesystem::path source_root() {
  // This file is tests/unit/forecast/forecast_test_support.cpp.
  return std::filesystem::path(__FILE__).parent_path().parent_path().parent_path().parent_path();
}

}  // namespace

std::string scenario_dir() {
  return (source_root() / "forecast" / "scenarios").string();
}
std::string golden_dir() {
  return (source_root() / "tests" / "golden" / "forecast").string();
}

std::string tiny_scenario_toml(const std::string& vat_regime) {
  return R"(name = "Tiny"
model = "associatif-salarie"
start = 2026-06-01
years = 3

[opening]
weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
seasonality = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
customers_per_day = 100

[families.drinks]
ticket = "1.20"
gross_margin = "60%"
vat = "20%"

[services.press]
daily_volume = 100
commission = "10%"

[[staff]]
role = "Employee"
hours_per_week = 10
hourly_cost = 12

[[volunteers]]
role = "Volunteers"
hours_per_week = 5
hourly_value = 10

[[fixed_costs]]
label = "Rent"
annual = 1200

[[fixed_costs]]
label = "CFE"
annual = 120
kind = "tax"

[startup]
starting_cash = 0

[[startup.investments]]
label = "Equipment"
amount = 6000
vat = "20%"
depreciation_years = 5

[financing]

[[financing.grants]]
label = "Commune"
amount = 3000
years = 5

[[financing.loans]]
label = "Honour loan"
principal = 12000
rate = 0
months = 60

[[operating_subsidies]]
label = "Start-up aid"
annual = 2400
years = 1

[vat]
regime = ")" +
         vat_regime + R"("

[working_capital]
stock_days = 30
supplier_days = 30
)";
}

}  // namespace comptoir::forecast::testing
