// One line of the dedicated-funds roll-forward (tableau de variation des
// fonds dédiés), per agreement and year, and the rule that computes it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/money.hpp"

namespace comptoir {

struct GrantFundsRow {
  std::string grant;
  std::string fund_account;  // 194000 / 195000 / 196000
  int year = 0;
  Money opening;    // funds carried from earlier years
  Money income;     // income recognised in the year (tranches called)
  Money spent;      // eligible spending of the year
  Money released;   // utilisations (Dr 19x / Cr 789x)
  Money allocated;  // reports (Dr 689x / Cr 19x)
  Money closing;    // opening - released + allocated
};

// The roll-forward of one earmarked agreement from `first_year` to
// `last_year`. Per year: the spending consumes the oldest money first, so
// released = min(opening, spent); the spending left over consumes the
// year's income, and the income it does not consume is allocated:
// allocated = max(0, income - (spent - released)). Negative spending (net
// refunds) counts as zero. Sums of cents: no rounding.
[[nodiscard]] std::vector<GrantFundsRow> roll_forward_grant_funds(const std::string& grant,
                                                                  const std::string& fund_account, int first_year,
                                                                  int last_year, const std::map<int, Money>& income,
                                                                  const std::map<int, Money>& spent);

}  // namespace comptoir
