// The accounts of dedicated funds (fonds dédiés, ANC 2018-06) for a kind of
// resource: the charge that reports the unspent part (689x), the liability
// (19x) and the income that releases it as it is spent (789x).
#pragma once

#include <string>

namespace comptoir {

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

}  // namespace comptoir
