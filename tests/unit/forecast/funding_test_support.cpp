// Demo-shaped actuals for the funding-mix tests.
#include "funding_test_support.hpp"

namespace comptoir::forecast::testing {
namespace {

ActualLine line(const char* code, const char* euros) {
  return {code, code, code, Money::parse(euros)};
}

}  // namespace

BaseYearActuals demo_actuals() {
  BaseYearActuals a;
  a.year = 2025;
  a.entities.push_back({"AT",
                        {line("public-subsidies", "256320"), line("activity-sales", "220720"),
                         line("prestations", "199360"), line("private-aid", "35600")},
                        {line("payroll", "420000"), line("overheads", "161000"), line("purchases", "77000"),
                         line("mission-travel", "28000"), line("communication", "14000")},
                        Money::parse("150000")});
  a.entities.push_back({"RES",
                        {line("public-subsidies", "176000"), line("private-aid", "150000"),
                         line("public-generosity", "42000"), line("recharges", "48000")},
                        {line("payroll", "361000"), line("overheads", "46824"), line("mission-travel", "21000"),
                         line("communication", "1200")},
                        Money::parse("200000")});
  a.combined = {"ALL",
                {line("public-subsidies", "432320"), line("activity-sales", "220720"), line("prestations", "199360"),
                 line("private-aid", "185600"), line("public-generosity", "42000"), line("recharges", "0")},
                {line("payroll", "733000"), line("overheads", "207824"), line("purchases", "77000"),
                 line("mission-travel", "49000"), line("communication", "15200")},
                Money::parse("350000")};
  return a;
}

std::string scenario_head() {
  return "name = \"Test\"\nbase_year = 2025\nyears = 3\n";
}

}  // namespace comptoir::forecast::testing
