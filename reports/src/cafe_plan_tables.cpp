// Generic tables of a café plan, labelled in French (default) or English.
#include "reports/cafe_plan_tables.hpp"

#include <algorithm>
#include <array>

#include "forecast/cafe_plan.hpp"

namespace comptoir::forecast {
namespace {

using Lang = LabelLanguage;

std::string tr(Lang lang, const char* french, const char* english) { return lang == Lang::French ? french : english; }

std::string month_text(const Date& d) { return d.iso().substr(0, 7); }

struct SigRow {
  const char* key;
  const char* french;
  const char* english;
  Money SigLines::*field;
  bool emphasis;
};

constexpr std::array<SigRow, 19> sig_rows{{
    {"goods_sales", "Ventes de marchandises", "Goods sales", &SigLines::goods_sales, false},
    {"purchases", "Coût d'achat des marchandises vendues", "Cost of goods sold", &SigLines::purchases, false},
    {"commercial_margin", "Marge commerciale", "Commercial margin", &SigLines::commercial_margin, true},
    {"services_revenue", "Production vendue (commissions)", "Services revenue (commissions)", &SigLines::services_revenue, false},
    {"external_charges", "Consommations externes", "External charges", &SigLines::external_charges, false},
    {"value_added", "Valeur ajoutée", "Value added", &SigLines::value_added, true},
    {"operating_subsidies", "Subventions d'exploitation", "Operating subsidies", &SigLines::operating_subsidies, false},
    {"taxes", "Impôts et taxes", "Taxes", &SigLines::taxes, false},
    {"staff_costs", "Charges de personnel", "Staff costs", &SigLines::staff_costs, false},
    {"ebe", "Excédent brut d'exploitation", "Gross operating surplus (EBITDA)", &SigLines::ebe, true},
    {"depreciation", "Dotations aux amortissements", "Depreciation", &SigLines::depreciation, false},
    {"operating_result", "Résultat d'exploitation", "Operating result", &SigLines::operating_result, true},
    {"interest", "Charges financières", "Interest", &SigLines::interest, false},
    {"current_result", "Résultat courant avant impôts", "Current result before tax", &SigLines::current_result, true},
    {"exceptional_income", "Quote-part des subventions d'investissement", "Investment grants taken to result",
     &SigLines::exceptional_income, false},
    {"income_tax", "Impôt sur les bénéfices", "Income tax", &SigLines::income_tax, false},
    {"net_result", "Résultat net", "Net result", &SigLines::net_result, true},
    {"caf", "Capacité d'autofinancement", "Cash flow from operations (CAF)", &SigLines::caf, true},
    {"volunteer_contributions", "Contributions volontaires en nature (mémo)", "Volunteer work in kind (memo)",
     &SigLines::volunteer_contributions, false},
}};

std::string item_label(const std::string& key, Lang lang) {
  if (key == "drinks") return tr(lang, "Boissons", "Drinks");
  if (key == "food") return tr(lang, "Restauration", "Food");
  if (key == "grocery") return tr(lang, "Épicerie", "Grocery");
  if (key == "bread_depot") return tr(lang, "Dépôt de pain", "Bread depot");
  if (key == "press") return tr(lang, "Presse", "Press");
  if (key == "parcel_relay") return tr(lang, "Relais colis", "Parcel relay");
  if (key == "postal_point") return tr(lang, "Point poste", "Postal point");
  return key;
}

PlanColumn amount_column(std::string key, std::string heading) { return {std::move(key), std::move(heading), true}; }

void add_analysis_rows(const CafePlan& plan, Lang lang, PlanTable& t) {
  PlanTableRow revenue{{tr(lang, "Chiffre d'affaires", "Revenue")}, false};
  PlanTableRow be{{tr(lang, "Seuil de rentabilité", "Break-even revenue")}, true};
  PlanTableRow be_month{{tr(lang, "Point mort (mois atteint)", "Break-even reached in")}, false};
  PlanTableRow bfr{{tr(lang, "Besoin en fonds de roulement", "Working-capital need")}, false};
  PlanTableRow cash{{tr(lang, "Trésorerie en fin d'année", "Cash at year end")}, false};
  PlanTableRow lowest{{tr(lang, "Trésorerie la plus basse (fin de mois)", "Lowest month-end cash")}, false};
  PlanTableRow profitable{{tr(lang, "Premier mois de résultat cumulé positif", "First month of positive cumulative result")}, false};
  const std::string none = tr(lang, "non atteint", "not reached");
  for (const auto& y : plan.years) {
    revenue.cells.emplace_back(y.lines.revenue());
    be.cells.push_back(y.break_even.revenue ? PlanCell(*y.break_even.revenue) : PlanCell(none));
    be_month.cells.emplace_back(y.break_even.reached_in ? month_text(*y.break_even.reached_in) : none);
    bfr.cells.emplace_back(y.working_capital.need);
    cash.cells.emplace_back(year_end_cash(plan, y.index));
    lowest.cells.emplace_back(lowest_month_end_cash(plan, y.index));
    std::string first = "-";
    if (plan.first_profitable_month && *plan.first_profitable_month / 12 == y.index) {
      first = month_text(plan.months[static_cast<std::size_t>(*plan.first_profitable_month)].month);
    }
    profitable.cells.emplace_back(first);
  }
  for (auto* row : {&revenue, &be, &be_month, &profitable, &bfr, &cash, &lowest}) t.rows.push_back(*row);
}

}  // namespace

PlanTable yearly_summary_table(const CafePlan& plan, LabelLanguage lang) {
  PlanTable t{"summary", tr(lang, "Compte de résultat prévisionnel (SIG) — ", "Forecast income statement (SIG) — ") + plan.scenario.name,
              {{"line", tr(lang, "Ligne", "Line"), false}}, {}};
  for (const auto& y : plan.years) {
    t.columns.push_back(amount_column("year_" + std::to_string(y.index + 1),
                                      tr(lang, "An ", "Year ") + std::to_string(y.index + 1) + " (" + month_text(y.first_month) + ")"));
  }
  for (const auto& r : sig_rows) {
    PlanTableRow row{{tr(lang, r.french, r.english)}, r.emphasis};
    for (const auto& y : plan.years) row.cells.emplace_back(y.lines.*(r.field));
    t.rows.push_back(row);
  }
  add_analysis_rows(plan, lang, t);
  return t;
}

PlanTable monthly_income_table(const CafePlan& plan, LabelLanguage lang) {
  PlanTable t{"monthly", tr(lang, "Compte de résultat mensuel", "Monthly income statement"),
              {{"month", tr(lang, "Mois", "Month"), false}, {"open_days", tr(lang, "Jours", "Days"), true}}, {}};
  for (const auto& f : plan.scenario.families) t.columns.push_back(amount_column("sales_" + f.key, item_label(f.key, lang)));
  for (const auto& s : plan.scenario.services) t.columns.push_back(amount_column("services_" + s.key, item_label(s.key, lang)));
  for (const auto& r : sig_rows) t.columns.push_back(amount_column(r.key, tr(lang, r.french, r.english)));
  for (const auto& m : plan.months) {
    PlanTableRow row{{month_text(m.month), std::to_string(m.open_days)}, false};
    for (const auto& v : m.family_sales) row.cells.emplace_back(v);
    for (const auto& v : m.service_revenue) row.cells.emplace_back(v);
    for (const auto& r : sig_rows) row.cells.emplace_back(m.lines.*(r.field));
    t.rows.push_back(row);
  }
  return t;
}

PlanTable cash_plan_table(const CafePlan& plan, LabelLanguage lang) {
  struct CashColumn {
    const char* key;
    const char* french;
    const char* english;
    Money CashPlanRow::*field;
  };
  static constexpr std::array<CashColumn, 17> columns{{
      {"opening", "Trésorerie début", "Opening cash", &CashPlanRow::opening},
      {"sales", "Ventes TTC", "Sales incl. VAT", &CashPlanRow::sales},
      {"subsidies", "Subventions", "Subsidies", &CashPlanRow::subsidies},
      {"financing", "Financements", "Financing", &CashPlanRow::financing},
      {"receipts", "Total encaissements", "Total receipts", &CashPlanRow::receipts},
      {"purchases", "Achats TTC", "Purchases incl. VAT", &CashPlanRow::purchases},
      {"staff", "Personnel", "Staff", &CashPlanRow::staff},
      {"fixed_costs", "Charges fixes TTC", "Fixed costs incl. VAT", &CashPlanRow::fixed_costs},
      {"startup", "Investissements TTC", "Start-up incl. VAT", &CashPlanRow::startup},
      {"loan_payments", "Échéances d'emprunt", "Loan payments", &CashPlanRow::loan_payments},
      {"vat_collected", "TVA collectée", "VAT collected", &CashPlanRow::vat_collected},
      {"vat_deductible", "TVA déductible", "VAT deductible", &CashPlanRow::vat_deductible},
      {"vat_paid", "TVA versée", "VAT paid", &CashPlanRow::vat_paid},
      {"income_tax", "Impôt sur les bénéfices", "Income tax", &CashPlanRow::income_tax},
      {"disbursements", "Total décaissements", "Total disbursements", &CashPlanRow::disbursements},
      {"net_flow", "Flux net", "Net flow", &CashPlanRow::net_flow},
      {"closing", "Trésorerie fin", "Closing cash", &CashPlanRow::closing},
  }};
  PlanTable t{"cash", tr(lang, "Plan de trésorerie", "Cash plan"), {{"month", tr(lang, "Mois", "Month"), false}}, {}};
  for (const auto& c : columns) t.columns.push_back(amount_column(c.key, tr(lang, c.french, c.english)));
  for (const auto& r : plan.cash) {
    PlanTableRow row{{month_text(r.month)}, false};
    for (const auto& c : columns) row.cells.emplace_back(r.*(c.field));
    t.rows.push_back(row);
  }
  return t;
}

PlanTable financing_plan_table(const CafePlan& plan, LabelLanguage lang) {
  PlanTable t{"financing", tr(lang, "Plan de financement initial", "Start-up financing plan"),
              {{"side", tr(lang, "Rubrique", "Side"), false}, {"label", tr(lang, "Poste", "Item"), false},
               amount_column("amount", tr(lang, "Montant", "Amount"))},
              {}};
  auto label_of = [lang](const FinancingLine& l) -> std::string {
    switch (l.kind) {
      case FinancingLineKind::InvestmentVat: return tr(lang, "TVA sur investissements (à récupérer)", "VAT on start-up (recoverable)");
      case FinancingLineKind::FirstStock: return tr(lang, "Stock initial", "First stock");
      case FinancingLineKind::StartingCash: return tr(lang, "Trésorerie de départ", "Starting cash");
      case FinancingLineKind::OwnFunds: return tr(lang, "Apports", "Own funds");
      default: return l.label;
    }
  };
  const std::string uses = tr(lang, "Besoins", "Uses");
  const std::string resources = tr(lang, "Ressources", "Resources");
  for (const auto& l : plan.financing.uses) t.rows.push_back({{uses, label_of(l), l.amount}, false});
  t.rows.push_back({{uses, tr(lang, "Total des besoins", "Total uses"), plan.financing.total_uses}, true});
  for (const auto& l : plan.financing.resources) t.rows.push_back({{resources, label_of(l), l.amount}, false});
  t.rows.push_back({{resources, tr(lang, "Total des ressources", "Total resources"), plan.financing.total_resources}, true});
  t.rows.push_back({{"", tr(lang, "Solde (ressources − besoins)", "Balance (resources − uses)"), plan.financing.balance}, true});
  return t;
}

PlanTable loan_schedule_table(const LoanSchedule& loan, int number, LabelLanguage lang) {
  PlanTable t{"loan-" + std::to_string(number), tr(lang, "Tableau d'amortissement — ", "Amortisation schedule — ") + loan.label,
              {{"number", tr(lang, "N°", "No."), true}, {"due", tr(lang, "Échéance", "Due"), false},
               amount_column("payment", tr(lang, "Mensualité", "Payment")), amount_column("interest", tr(lang, "Intérêts", "Interest")),
               amount_column("principal", tr(lang, "Capital", "Principal")),
               amount_column("balance", tr(lang, "Capital restant dû", "Balance"))},
              {}};
  for (const auto& i : loan.instalments) {
    t.rows.push_back({{std::to_string(i.number), i.due.iso(), i.payment, i.interest, i.principal, i.balance_after}, false});
  }
  Money payments = loan.principal + loan.total_interest;
  t.rows.push_back({{"", tr(lang, "Total", "Total"), payments, loan.total_interest, loan.principal, Money()}, true});
  return t;
}

std::vector<PlanTable> cafe_plan_tables(const CafePlan& plan, LabelLanguage lang) {
  std::vector<PlanTable> out{yearly_summary_table(plan, lang), financing_plan_table(plan, lang),
                             monthly_income_table(plan, lang), cash_plan_table(plan, lang)};
  for (std::size_t i = 0; i < plan.loans.size(); ++i) out.push_back(loan_schedule_table(plan.loans[i], static_cast<int>(i + 1), lang));
  return out;
}

}  // namespace comptoir::forecast
