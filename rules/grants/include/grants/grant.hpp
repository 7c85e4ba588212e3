// A grant or private-aid agreement (subvention, convention de mécénat): who
// awards how much, for what and when, whether it is earmarked (its unspent
// remainder goes to fonds dédiés at year end), and the analytic tag whose
// spending it funds. Its tranches are called and received through GrantDesk.
#pragma once

#include <string>

#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir {

struct Grant {
  std::string code;    // e.g. ANCT-2025; every entry of the agreement carries grant=<code>
  std::string entity;  // AT or RES
  std::string funder;  // auxiliary account code of the funder (under the receivable account)
  std::string purpose;
  Money awarded;  // total amount of the agreement
  Date start;     // period covered, inclusive
  Date end;
  bool earmarked = false;  // affectée: the unspent remainder goes to fonds dédiés
  // The analytic tag whose spending (class 6) the agreement funds; by
  // default grant=<code>.
  std::string tag_key = "grant";
  std::string tag_value;
  std::string income_account;                 // 74x subsidy, 754x/755x private aid
  std::string receivable_account = "441000";  // 441000 public funders, 467000 private ones
  std::string conditions;                     // free text of the agreement's conditions

  // The spending tag value: tag_value, or the code when empty.
  [[nodiscard]] const std::string& spending_tag_value() const { return tag_value.empty() ? code : tag_value; }
};

// Throws Error(InvalidInput) naming the field when the agreement is not
// well formed: empty code (or characters other than letters, digits, '-',
// '_', '.'), entity or funder; awarded not positive; end before start; an
// income account outside 74/75 (earmarked: 74, 754 or 755); a receivable
// account outside 441/467; an empty tag key.
void check_grant(const Grant& grant);

}  // namespace comptoir
