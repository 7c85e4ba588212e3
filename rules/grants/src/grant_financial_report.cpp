// The compte rendu financier of an agreement: its budget beside its tagged
// balances by nature, and the indirect costs by their key (see
// grant_budget.hpp).
#include <map>

#include "grants/grant_budget.hpp"

namespace comptoir {

GrantFinancialReport compute_grant_report(const Grant& grant, const GrantBudget& budget, const BudgetNatures& natures,
                                          const std::vector<AccountBalance>& tagged, Date from, Date to) {
  GrantFinancialReport r;
  r.grant = grant;
  r.from = from;
  r.to = to;
  r.indirect_rate = budget.indirect_rate;
  r.comment = budget.comment;
  const auto& lines = natures.lines();
  std::vector<GrantReportLine> all(lines.size());
  std::vector<bool> shown(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    all[i].line = lines[i].line;
    all[i].side = lines[i].side;
  }
  for (const auto& b : budget.lines) {
    const auto i = natures.find(b.line);
    if (!i) continue;  // parse_grant_budget refuses it
    all[*i].budget += b.amount;
    all[*i].detail = b.detail;
    shown[*i] = true;
  }
  for (const auto& balance : tagged) {
    const auto i = natures.line_for(balance.account);
    if (!i) continue;
    const bool debit_side = all[*i].side == BudgetSide::Charge || all[*i].side == BudgetSide::CvnCharge;
    all[*i].actual += debit_side ? balance.balance() : -balance.balance();
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (!shown[i] && all[i].actual.is_zero()) continue;
    const GrantReportLine& l = all[i];
    if (l.side == BudgetSide::Charge) {
      r.direct_budget += l.budget;
      r.direct_actual += l.actual;
    } else if (l.side == BudgetSide::Produit) {
      r.produits_budget += l.budget;
      r.produits_actual += l.actual;
    }
    r.lines.push_back(l);
  }
  r.indirect_budget = r.direct_budget.times(r.indirect_rate, RoundingMode::HalfUp);
  r.indirect_actual = r.direct_actual.times(r.indirect_rate, RoundingMode::HalfUp);
  r.charges_budget = r.direct_budget + r.indirect_budget;
  r.charges_actual = r.direct_actual + r.indirect_actual;
  return r;
}

std::optional<Rational> difference_ratio(Money budget, Money actual) {
  if (budget.is_zero()) return std::nullopt;
  return (actual - budget).to_rational() / budget.to_rational();
}

}  // namespace comptoir
