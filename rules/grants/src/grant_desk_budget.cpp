// GrantDesk: the budget of an agreement's action and its compte rendu
// financier (see grant_desk.hpp and grant_budget.hpp).
#include <algorithm>

#include "core/error.hpp"
#include "grants/grant_desk.hpp"

namespace comptoir {

void GrantDesk::set_budget(const GrantBudget& budget, bool replace) {
  const Grant grant = require(budget.grant);
  if (!replace && store_.budget(grant.code)) {
    throw Error(ErrorKind::InvalidInput,
                "grant " + grant.code + " has a budget already (give --replace to record this one instead)");
  }
  store_.set_budget(budget);
}

GrantFinancialReport GrantDesk::financial_report(const std::string& code, std::optional<int> year) const {
  const Grant grant = require(code);
  const auto budget = store_.budget(code);
  if (!budget) {
    throw Error(ErrorKind::InvalidInput,
                "grant " + code + " has no budget (record it with: comptoir grant budget " + code + " --file FILE)");
  }
  Date from = grant.start;
  Date to = grant.end;
  if (year) {
    const auto years = book_.reader().fiscal_years(grant.entity);
    const auto fy = std::find_if(years.begin(), years.end(), [&](const FiscalYear& y) { return y.year == *year; });
    if (fy == years.end()) {
      std::string known;
      for (const auto& y : years) known += (known.empty() ? "" : ", ") + std::to_string(y.year);
      throw Error(ErrorKind::InvalidInput,
                  "no fiscal year " + std::to_string(*year) + " in " + grant.entity + " (fiscal years: " + known + ")");
    }
    from = std::max(from, fy->start);
    to = std::min(to, fy->end);
    if (to < from) {
      throw Error(ErrorKind::InvalidInput, "grant " + code + ": its period " + grant.start.iso() + ".." +
                                               grant.end.iso() + " is outside fiscal year " + std::to_string(*year));
    }
  }
  const auto tagged = store_.tagged_balances(grant.entity, grant.tag_key, grant.spending_tag_value(), from, to);
  GrantFinancialReport report = compute_grant_report(grant, *budget, BudgetNatures::standard(), tagged, from, to);
  report.year = year;
  if (const auto funder = book_.reader().auxiliary(grant.entity, grant.funder)) report.funder_name = funder->label;
  return report;
}

}  // namespace comptoir
