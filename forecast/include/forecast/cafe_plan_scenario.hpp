// A café project as plain data: what a scenario file (TOML) describes and
// what compute_cafe_plan() turns into a business plan (budget prévisionnel).
// Money is exact cents, rates and counts exact rationals; no doubles.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"
#include "forecast/fixed_cost.hpp"
#include "forecast/income_tax_regime.hpp"
#include "forecast/investment.hpp"
#include "forecast/investment_grant.hpp"
#include "forecast/loan_schedule.hpp"
#include "forecast/operating_model.hpp"
#include "forecast/operating_subsidy.hpp"
#include "forecast/product_family.hpp"
#include "forecast/service_line.hpp"
#include "forecast/staff_line.hpp"
#include "forecast/vat_regime.hpp"
#include "forecast/working_capital_terms.hpp"

namespace comptoir::forecast {

struct CafePlanScenario {
  std::string name;
  OperatingModel model = OperatingModel::LocationGerance;
  Date start;     // first day of the first plan month (the explicit start date)
  int years = 3;  // 3 to 5

  // Opening: weekdays open (index 0 = Monday) and the activity drivers.
  std::array<bool, 7> open_weekdays{};
  Rational hours_per_day;               // informative (shown, not used in figures)
  std::array<Rational, 12> seasonality; // activity coefficient by calendar month; 0 = closed
  std::vector<Rational> ramp_up;        // coefficient by plan year; the last one repeats
  Rational customers_per_day;

  std::vector<ProductFamily> families;  // goods: ventes de marchandises
  std::vector<ServiceLine> services;    // commissions: production vendue
  std::vector<StaffLine> staff;         // charges de personnel
  std::vector<StaffLine> volunteers;    // memo only: contributions volontaires en nature
  std::vector<FixedCost> fixed_costs;

  // Start-up needs (besoins de démarrage).
  std::vector<Investment> investments;
  Money first_stock;                    // excl. VAT
  Rational first_stock_vat_rate;
  Money starting_cash;                  // trésorerie de départ wanted

  // Resources (ressources).
  Money own_funds;                      // apports
  std::vector<InvestmentGrant> grants;
  std::vector<Loan> loans;
  std::vector<OperatingSubsidy> subsidies;

  VatRegime vat = VatRegime::RealQuarterly;
  IncomeTaxRegime income_tax = IncomeTaxRegime::None;
  WorkingCapitalTerms working_capital;
};

}  // namespace comptoir::forecast
