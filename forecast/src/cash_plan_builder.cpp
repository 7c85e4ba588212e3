// The monthly cash plan with VAT paid on the regime's timing.
#include "cafe_plan_steps.hpp"

namespace comptoir::forecast {
namespace {

// Fills vat_paid: each return's positive net is paid the month after it closes.
void schedule_vat(VatRegime regime, std::vector<CashPlanRow>& rows) {
  if (regime == VatRegime::Franchise) return;
  Money pending;  // net VAT of the open period, credit carried included
  for (std::size_t i = 0; i < rows.size(); ++i) {
    pending += rows[i].vat_collected - rows[i].vat_deductible;
    const bool closes = regime == VatRegime::RealMonthly || rows[i].month.month() % 3 == 0;
    if (!closes || !(pending > Money())) continue;
    if (i + 1 < rows.size()) rows[i + 1].vat_paid += pending;
    pending = Money();
  }
}

void add_subsidies(const CafePlanScenario& s, std::vector<CashPlanRow>& rows) {
  for (const auto& sub : s.subsidies) {
    for (int y = 0; y < sub.years && y < s.years; ++y) rows[static_cast<std::size_t>(y * 12)].subsidies += sub.annual;
  }
}

}  // namespace

std::vector<CashPlanRow> build_cash_plan(const CafePlanScenario& s, const std::vector<MonthFlows>& months,
                                         const StartupFlows& startup, const std::vector<LoanSchedule>& loans,
                                         const std::vector<Money>& income_tax) {
  std::vector<CashPlanRow> rows(months.size());
  for (std::size_t i = 0; i < months.size(); ++i) {
    const MonthFlows& f = months[i];
    CashPlanRow& r = rows[i];
    r.month = f.month.month;
    r.sales = f.sales_incl_vat;
    r.purchases = f.purchases_incl_vat;
    r.staff = f.staff_paid;
    r.fixed_costs = f.fixed_costs_incl_vat;
    r.vat_collected = f.vat_collected;
    r.vat_deductible = f.vat_deductible;
    for (const auto& loan : loans) {
      if (i < loan.instalments.size()) r.loan_payments += loan.instalments[i].payment;
    }
  }
  if (!rows.empty()) {
    rows[0].financing = startup.received;
    rows[0].startup = startup.paid;
    rows[0].vat_deductible += startup.vat_deductible;
  }
  add_subsidies(s, rows);
  schedule_vat(s.vat, rows);
  for (std::size_t y = 0; y < income_tax.size(); ++y) {
    std::size_t due = (y + 1) * 12;
    if (due < rows.size()) rows[due].income_tax += income_tax[y];
  }
  Money cash;
  for (auto& r : rows) {
    r.opening = cash;
    r.receipts = r.sales + r.subsidies + r.financing;
    r.disbursements = r.purchases + r.staff + r.fixed_costs + r.startup + r.loan_payments + r.vat_paid + r.income_tax;
    r.net_flow = r.receipts - r.disbursements;
    r.closing = r.opening + r.net_flow;
    cash = r.closing;
  }
  return rows;
}

}  // namespace comptoir::forecast
