// Dedicated funds (fonds dédiés, ANC 2018-06): the accounts by kind of
// resource and the per-agreement roll-forward rule.
#include "grants/grant_funds.hpp"

#include <algorithm>

#include "core/error.hpp"

namespace comptoir {

GrantFundsAccounts grant_funds_accounts(const std::string& income_account) {
  if (income_account.rfind("74", 0) == 0) return {"689400", "194000", "789400"};
  if (income_account.rfind("755", 0) == 0) return {"689500", "195000", "789500"};
  if (income_account.rfind("754", 0) == 0) return {"689600", "196000", "789600"};
  throw Error(ErrorKind::InvalidInput, "income account " + income_account +
                                           ": an earmarked resource must be a 74x subsidy, a 754x resource from "
                                           "public generosity or a 755x contribution (dedicated funds 194/195/196)");
}

std::vector<GrantFundsRow> roll_forward_grant_funds(const std::string& grant, const std::string& fund_account,
                                                    int first_year, int last_year, const std::map<int, Money>& income,
                                                    const std::map<int, Money>& spent) {
  auto at = [](const std::map<int, Money>& by_year, int year) {
    auto it = by_year.find(year);
    return it == by_year.end() ? Money{} : it->second;
  };
  std::vector<GrantFundsRow> rows;
  Money opening;
  for (int year = first_year; year <= last_year; ++year) {
    GrantFundsRow row{grant, fund_account, year, opening, at(income, year), at(spent, year), {}, {}, {}};
    const Money spending = row.spent.is_negative() ? Money{} : row.spent;
    row.released = std::min(row.opening, spending);
    const Money unfunded = spending - row.released;  // spending left for the year's income
    row.allocated = row.income > unfunded ? row.income - unfunded : Money{};
    row.closing = row.opening - row.released + row.allocated;
    opening = row.closing;
    rows.push_back(row);
  }
  return rows;
}

}  // namespace comptoir
