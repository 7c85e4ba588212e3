// The computed café business plan (budget prévisionnel): typed data for the
// CLI and GUI to render. Produced by compute_cafe_plan(). Every output type
// of a café plan lives here (monthly and yearly income statements as SIG
// lines, break-even, working-capital need, cash plan, financing plan), with
// the cash figures read back from a computed plan.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "forecast/cafe_plan_scenario.hpp"
#include "forecast/loan_schedule.hpp"

namespace comptoir::forecast {

// The lines of the income statement arranged as the French intermediate
// balances (soldes intermédiaires de gestion, SIG) plus the CAF, for one
// month or one year. All amounts in cents, excl. VAT under a real regime.
struct SigLines {
  Money goods_sales;              // ventes de marchandises (707)
  Money purchases;                // coût d'achat des marchandises vendues (607 ± 6037)
  Money commercial_margin;        // marge commerciale
  Money services_revenue;         // production vendue: commissions and fees (706)
  Money external_charges;         // consommations externes (61/62)
  Money value_added;              // valeur ajoutée
  Money operating_subsidies;      // subventions d'exploitation (74)
  Money taxes;                    // impôts et taxes (63)
  Money staff_costs;              // charges de personnel (64)
  Money ebe;                      // excédent brut d'exploitation
  Money depreciation;             // dotations aux amortissements (681)
  Money operating_result;         // résultat d'exploitation
  Money interest;                 // charges financières (661)
  Money current_result;           // résultat courant avant impôts
  Money exceptional_income;       // quote-part des subventions d'investissement (777)
  Money income_tax;               // impôt sur les bénéfices (695)
  Money net_result;               // résultat net
  Money caf;                      // capacité d'autofinancement
  Money volunteer_contributions;  // memo: contributions volontaires en nature (86/87), not in the result

  [[nodiscard]] Money revenue() const { return goods_sales + services_revenue; }  // chiffre d'affaires
  SigLines& operator+=(const SigLines& other);
};

// Derives the balances (margin, value added, EBE, results, CAF) from the
// primary lines. Exact: integer cents only.
void complete_balances(SigLines& lines);

// One month of the forecast income statement (compte de résultat mensuel).
struct PlanMonth {
  Date month;                          // first day of the calendar month
  int year_index = 0;                  // 0-based plan year
  int open_days = 0;                   // days the café opens that month
  std::vector<Money> family_sales;     // excl. VAT, in scenario.families order
  std::vector<Money> service_revenue;  // excl. VAT, in scenario.services order
  SigLines lines;
};

// Break-even of one plan year (seuil de rentabilité and point mort).
//
// Variable costs are the cost of goods sold; every other charge (external,
// taxes, staff, depreciation, interest) is fixed, less operating subsidies.
// Break-even revenue = fixed costs × revenue / (revenue − variable costs),
// rounded half-up to the cent. The point mort is the first month of the year
// whose cumulative revenue reaches it (seasonality included).
struct BreakEven {
  Money fixed_costs;               // net of operating subsidies
  Money contribution_margin;       // marge sur coûts variables
  std::optional<Money> revenue;    // none when the contribution margin is not positive
  std::optional<Date> reached_in;  // month of the point mort; none if not reached that year
};

// The working-capital need of one plan year (besoin en fonds de roulement),
// from stock, customer and supplier days over a 360-day year; each part
// rounded half-up to the cent.
struct WorkingCapitalNeed {
  Money stock;        // purchases excl. VAT × stock days / 360
  Money receivables;  // sales incl. VAT × customer days / 360
  Money payables;     // purchases incl. VAT × supplier days / 360
  Money need;         // stock + receivables − payables
};

// One plan year: the summed income statement, its break-even and BFR.
struct PlanYear {
  int index = 0;     // 0-based
  Date first_month;  // first day
  SigLines lines;    // sum of the year's months
  BreakEven break_even;
  WorkingCapitalNeed working_capital;
};

// One month of the cash plan (plan de trésorerie), all flows incl. VAT.
struct CashPlanRow {
  Date month;
  Money opening;
  // Receipts (encaissements)
  Money sales;      // goods and services, incl. VAT
  Money subsidies;  // operating subsidies
  Money financing;  // own funds, grants, loans (first month)
  Money receipts;   // total
  // Disbursements (décaissements)
  Money purchases;  // incl. VAT
  Money staff;
  Money fixed_costs;    // external charges and taxes, incl. VAT
  Money startup;        // investments and first stock, incl. VAT (first month)
  Money loan_payments;  // interest + principal
  Money vat_paid;       // VAT paid to the state this month
  Money income_tax;
  Money disbursements;  // total
  Money net_flow;
  Money closing;
  // VAT of the month (memo): collected on sales, deductible on purchases,
  // costs and investments.
  Money vat_collected;
  Money vat_deductible;
};

// What a line of the start-up financing plan stands for (to label it in
// any language).
enum class FinancingLineKind {
  Investment,     // uses: one investment, by its label
  InvestmentVat,  // uses: VAT on investments and first stock to pre-finance until recovered
  FirstStock,     // uses: stock initial
  StartingCash,   // uses: trésorerie de départ
  OwnFunds,       // resources: apports
  Grant,          // resources: one investment grant, by its label
  Loan,           // resources: one loan, by its label
};

// A labelled amount of the start-up financing plan.
struct FinancingLine {
  FinancingLineKind kind = FinancingLineKind::Investment;
  std::string label;  // from the scenario for investments, grants and loans; empty otherwise
  Money amount;
};

// The start-up financing plan (plan de financement initial): what the
// project needs (besoins) against what funds it (ressources).
struct FinancingPlan {
  // Investments (excl. VAT under a real regime), VAT to pre-finance, first
  // stock, starting cash.
  std::vector<FinancingLine> uses;
  std::vector<FinancingLine> resources;  // own funds, grants, loans
  Money total_uses;
  Money total_resources;
  Money balance;  // resources − uses: negative means the project is under-funded
};

struct CafePlan {
  CafePlanScenario scenario;      // what it was computed from
  std::vector<PlanMonth> months;  // years × 12
  std::vector<PlanYear> years;
  std::vector<CashPlanRow> cash;    // one per month
  std::vector<LoanSchedule> loans;  // in scenario.loans order
  FinancingPlan financing;
  // First month (index into months) whose cumulative net result since the
  // start is positive; none within the horizon otherwise.
  std::optional<int> first_profitable_month;
};

// Pure: the same scenario always gives the same plan. Throws
// Error(InvalidInput) if the scenario is inconsistent (years outside 3..5,
// start not the first of a month, a loan with no term...).
// Rounding: every monthly line is rounded half-up to the cent once, from
// exact rationals; yearly figures are sums of the monthly lines.
[[nodiscard]] CafePlan compute_cafe_plan(const CafePlanScenario& scenario);

// Cash figures of one plan year read from a computed plan's cash plan (no
// recomputation): shared by the plan tables and the comparison.
// Closing cash of the last month of plan year `year_index` (0-based).
[[nodiscard]] Money year_end_cash(const CafePlan& plan, int year_index);
// Lowest month-end (closing) cash among the 12 months of that year.
[[nodiscard]] Money lowest_month_end_cash(const CafePlan& plan, int year_index);

}  // namespace comptoir::forecast
