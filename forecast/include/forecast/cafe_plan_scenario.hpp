// A café project as plain data: what a scenario file (TOML) describes and
// what compute_cafe_plan() turns into a business plan (budget prévisionnel).
// Every input type of a café plan lives here (operating model, what is sold,
// costs, start-up needs and resources, VAT and tax regimes, payment terms),
// so that reading one header tells what a plan is computed from.
// Money is exact cents, rates and counts exact rationals; no doubles.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"
#include "forecast/loan_schedule.hpp"

namespace comptoir::forecast {

// The café operating models of the 1000 cafés network: what kind of project
// a business plan describes.
enum class OperatingModel {
  Gerance,               // entrepreneurial: salaried or mandated manager (gérance)
  LocationGerance,       // entrepreneurial: the manager rents the business (location-gérance)
  AssociativeVolunteer,  // associative, 100 % volunteer
  AssociativeWithStaff,  // associative with paid staff
  ItinerantEphemeral,    // itinerant, a few events a year
  ItinerantSeasonal,     // itinerant, a season
};

// Scenario-file keys: "gerance", "location-gerance", "associatif-benevole",
// "associatif-salarie", "itinerant-ephemere", "itinerant-saisonnier".
[[nodiscard]] std::optional<OperatingModel> operating_model_from_key(std::string_view key);
[[nodiscard]] std::string operating_model_key(OperatingModel model);

// How a café accounts for VAT (régime de TVA): it decides whether figures are
// excluding VAT and when VAT is paid to the state in the cash plan.
enum class VatRegime {
  Franchise,      // franchise en base: no VAT collected, none deducted
  RealMonthly,    // réel, monthly return: month m's VAT is paid in month m+1
  RealQuarterly,  // réel, quarterly return: a calendar quarter's VAT is paid the month after
};

// Keys "franchise", "reel-mensuel", "reel-trimestriel".
[[nodiscard]] std::optional<VatRegime> vat_regime_from_key(std::string_view key);
[[nodiscard]] std::string vat_regime_key(VatRegime regime);

// Whether the plan computes a corporate income tax (impôt sur les sociétés).
enum class IncomeTaxRegime {
  None,          // association, or a sole trader taxed personally
  CorporateTax,  // IS: 15 % up to 42 500 € of profit, 25 % above; losses carried forward
};

// One family of goods the café sells (drinks, food, grocery): average spend
// per customer and the gross margin it leaves.
struct ProductFamily {
  std::string key;        // "drinks" | "food" | "grocery"
  Money ticket;           // average spend per customer of the café on this family, incl. VAT (TTC)
  Rational gross_margin;  // (sales − cost of goods) / sales, sales excl. VAT (franchise: as booked)
  Rational vat_rate;      // e.g. 1/5 for 20 %
};

// A service the café hosts for others (bread depot, press, parcel relay,
// postal point): it earns a commission on the volume it handles and/or a
// fixed monthly fee; the volume itself is not the café's revenue.
struct ServiceLine {
  std::string key;      // "bread_depot" | "press" | "parcel_relay" | "postal_point"
  Money daily_volume;   // sales handled per opening day (before seasonality and ramp-up)
  Rational commission;  // share of the volume kept by the café, excl. VAT
  Money monthly_fee;    // fixed remuneration per open month, excl. VAT
  Rational vat_rate;    // VAT on the commission and fee
};

// Hours worked for the café: paid staff (cost incl. employer charges) or
// volunteers (valued as contributions volontaires en nature, accounts 86/87).
struct StaffLine {
  std::string role;
  Rational hours_per_week;
  Money hourly_cost;             // paid: gross + employer charges; volunteers: valuation
  std::vector<unsigned> months;  // calendar months worked (1-12); empty = all year
};

// Where a fixed cost goes among the intermediate balances (SIG).
enum class FixedCostKind {
  External,  // consommations externes (61/62): rent, energy, insurance... — before value added
  Tax,       // impôts et taxes (63): CFE, licence fees — between value added and EBE
};

// A yearly cost that does not follow sales: rent and charges, energy,
// insurance, licence, accounting, telephone...
struct FixedCost {
  std::string label;
  FixedCostKind kind = FixedCostKind::External;
  Money annual;                  // excl. VAT, per full year
  Rational vat_rate;             // deductible under a real VAT regime
  std::vector<unsigned> months;  // calendar months it is spread over (1-12); empty = all year
};

// A start-up investment (equipment, works, vehicle, licence...) bought at
// the start of the plan and depreciated straight-line.
struct Investment {
  std::string label;
  Money amount;  // excl. VAT
  Rational vat_rate;
  int depreciation_years = 0;  // 0 = not depreciated (e.g. a licence, a deposit)
};

// A start-up grant (subvention d'investissement) from the commune, the
// intercommunality, the region...: a resource of the financing plan, taken
// into the result over `years` (quote-part virée au résultat, account 777).
struct InvestmentGrant {
  std::string label;
  Money amount;
  int years = 0;  // transfer period to the result; 0 = not transferred
};

// A yearly operating subsidy (subvention d'exploitation, account 74), e.g.
// a start-up aid for the first years: spread over the months in the income
// statement, cashed in full in the first month of each plan year.
struct OperatingSubsidy {
  std::string label;
  Money annual;
  int years = 0;  // number of plan years it is paid, from year 1
};

// Payment and stock terms that make the working-capital need (BFR).
struct WorkingCapitalTerms {
  int stock_days = 0;     // stock held, in days of purchases excl. VAT
  int customer_days = 0;  // customer credit, in days of sales incl. VAT (a café: 0)
  int supplier_days = 0;  // supplier credit, in days of purchases incl. VAT
};

struct CafePlanScenario {
  std::string name;
  OperatingModel model = OperatingModel::LocationGerance;
  Date start;     // first day of the first plan month (the explicit start date)
  int years = 3;  // 3 to 5

  // Opening: weekdays open (index 0 = Monday) and the activity drivers.
  std::array<bool, 7> open_weekdays{};
  Rational hours_per_day;                // informative (shown, not used in figures)
  std::array<Rational, 12> seasonality;  // activity coefficient by calendar month; 0 = closed
  std::vector<Rational> ramp_up;         // coefficient by plan year; the last one repeats
  Rational customers_per_day;

  std::vector<ProductFamily> families;  // goods: ventes de marchandises
  std::vector<ServiceLine> services;    // commissions: production vendue
  std::vector<StaffLine> staff;         // charges de personnel
  std::vector<StaffLine> volunteers;    // memo only: contributions volontaires en nature
  std::vector<FixedCost> fixed_costs;

  // Start-up needs (besoins de démarrage).
  std::vector<Investment> investments;
  Money first_stock;  // excl. VAT
  Rational first_stock_vat_rate;
  Money starting_cash;  // trésorerie de départ wanted

  // Resources (ressources).
  Money own_funds;  // apports
  std::vector<InvestmentGrant> grants;
  std::vector<Loan> loans;
  std::vector<OperatingSubsidy> subsidies;

  VatRegime vat = VatRegime::RealQuarterly;
  IncomeTaxRegime income_tax = IncomeTaxRegime::None;
  WorkingCapitalTerms working_capital;
};

}  // namespace comptoir::forecast
