// The start-up financing plan (plan de financement initial): uses against
// resources, and the matching cash flows of the first month.
#include "cafe_plan_steps.hpp"

namespace comptoir::forecast {
namespace {

constexpr RoundingMode half_up = RoundingMode::HalfUp;

Money startup_vat(const CafePlanScenario& s) {
  Money vat = s.first_stock.times(s.first_stock_vat_rate, half_up);
  for (const auto& inv : s.investments) vat += inv.amount.times(inv.vat_rate, half_up);
  return vat;
}

}  // namespace

FinancingPlan build_financing_plan(const CafePlanScenario& s) {
  const bool real_vat = s.vat != VatRegime::Franchise;
  FinancingPlan plan;
  for (const auto& inv : s.investments) {
    Money cost = real_vat ? inv.amount : inv.amount + inv.amount.times(inv.vat_rate, half_up);
    plan.uses.push_back({FinancingLineKind::Investment, inv.label, cost});
  }
  Money stock = s.first_stock;
  if (real_vat) {
    Money vat = startup_vat(s);
    if (!vat.is_zero()) plan.uses.push_back({FinancingLineKind::InvestmentVat, "", vat});
  } else {
    stock += s.first_stock.times(s.first_stock_vat_rate, half_up);
  }
  if (!stock.is_zero()) plan.uses.push_back({FinancingLineKind::FirstStock, "", stock});
  if (!s.starting_cash.is_zero()) plan.uses.push_back({FinancingLineKind::StartingCash, "", s.starting_cash});

  if (!s.own_funds.is_zero()) plan.resources.push_back({FinancingLineKind::OwnFunds, "", s.own_funds});
  for (const auto& g : s.grants) plan.resources.push_back({FinancingLineKind::Grant, g.label, g.amount});
  for (const auto& l : s.loans) plan.resources.push_back({FinancingLineKind::Loan, l.label, l.principal});
  for (const auto& u : plan.uses) plan.total_uses += u.amount;
  for (const auto& r : plan.resources) plan.total_resources += r.amount;
  plan.balance = plan.total_resources - plan.total_uses;
  return plan;
}

StartupFlows startup_flows(const CafePlanScenario& s) {
  StartupFlows flows;
  Money vat = startup_vat(s);
  flows.paid = s.first_stock + vat;
  for (const auto& inv : s.investments) flows.paid += inv.amount;
  if (s.vat != VatRegime::Franchise) flows.vat_deductible = vat;
  flows.received = s.own_funds;
  for (const auto& g : s.grants) flows.received += g.amount;
  for (const auto& l : s.loans) flows.received += l.principal;
  return flows;
}

}  // namespace comptoir::forecast
