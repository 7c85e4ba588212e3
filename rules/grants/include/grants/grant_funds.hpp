// Dedicated funds (fonds dédiés, ANC 2018-06): the unspent part of an
// earmarked agreement carried to later years. The accounts of each kind of
// resource, the yearly roll-forward, and what the closing should post.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/money.hpp"
#include "core/transaction.hpp"

namespace comptoir {

// The accounts of dedicated funds for a kind of resource: the charge that reports the unspent part (689x), the
// liability (19x) and the income that releases it as it is spent (789x).
struct GrantFundsAccounts {
  std::string charge;   // 689400 / 689500 / 689600 (reports en fonds dédiés)
  std::string fund;     // 194000 / 195000 / 196000 (fonds dédiés)
  std::string release;  // 789400 / 789500 / 789600 (utilisations des fonds dédiés)
};

// By income account: 74x subsidies -> 6894/194/7894; 755x contributions of
// other organisations -> 6895/195/7895; 754x resources from public
// generosity (mécénat, dons) -> 6896/196/7896. Throws Error(InvalidInput)
// for any other account.
[[nodiscard]] GrantFundsAccounts grant_funds_accounts(const std::string& income_account);

// One line of the dedicated-funds roll-forward (tableau de variation des
// fonds dédiés), per agreement and year, and the rule that computes it.
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

// What the year-end closing should post for the dedicated funds of one
// entity: per earmarked agreement the year's row (and the rows of earlier
// years, the multi-year roll-forward) and the draft entries: allocations
// Dr 689x / Cr 19x and releases Dr 19x / Cr 789x, dated the last day of the
// entity's fiscal year (years by the fiscal years' dates, see
// fiscal_year_named()).
struct GrantFundsProposal {
  std::string entity;
  int year = 0;
  std::vector<GrantFundsRow> history;  // every agreement's rows up to `year`, by agreement then year
  std::vector<GrantFundsRow> rows;     // the rows of `year`
  std::vector<Transaction> entries;    // drafts, journal OD, not posted
};

}  // namespace comptoir
