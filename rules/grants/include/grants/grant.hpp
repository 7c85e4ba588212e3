// A grant or private-aid agreement (subvention, convention de mécénat), the
// tranches called and received under it, and where it stands on a date.
// The workflow that records them is GrantDesk (grant_desk.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir {

// A grant or private-aid agreement (subvention, convention de mécénat): who
// awards how much, for what and when, whether it is earmarked (its unspent
// remainder goes to fonds dédiés at year end), and the analytic tag whose
// spending it funds. Its tranches are called and received through GrantDesk.
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

// One tranche of an agreement: an amount called (appel de fonds: the
// receivable and the income are booked) or received (the bank is credited
// by the funder), with the validated entry that booked it.
enum class GrantTrancheKind { Call, Receipt };

struct GrantTranche {
  std::int64_t id = 0;  // store id, entry order
  std::string grant;    // agreement code
  GrantTrancheKind kind = GrantTrancheKind::Call;
  Date date;
  Money amount;  // positive
  std::int64_t transaction_id = 0;
  std::string piece;
};

// "call" | "receipt"; parse throws Error(InvalidInput).
[[nodiscard]] std::string to_string(GrantTrancheKind kind);
[[nodiscard]] GrantTrancheKind parse_grant_tranche_kind(std::string_view text);

// Where an agreement stands on a date: awarded, called, received,
// receivable, spent, remaining, and the share of its period elapsed against
// the share of the award spent. Computed, never stored.
struct GrantState {
  Date as_of;
  Money awarded;
  Money called;             // tranches called up to as_of
  Money received;           // tranches received up to as_of
  Money receivable;         // called - received
  Money spent;              // tagged class-6 spending within the period, up to as_of
  Money remaining;          // awarded - spent (negative when spending exceeds the award)
  Rational period_elapsed;  // days of the period up to as_of / days of the period, in [0, 1]
  Rational spent_ratio;     // spent / awarded (may exceed 1)
};

// The state of `grant` on `as_of` from its tranches (those dated after
// as_of are ignored) and `spent`, the tagged spending from the start of the
// period to min(as_of, end) (see spending_window). Exact: no rounding.
[[nodiscard]] GrantState compute_grant_state(const Grant& grant, const std::vector<GrantTranche>& tranches, Money spent,
                                             Date as_of);

// The days whose spending counts toward the agreement on `as_of`: from its
// start to min(as_of, end). Returns false (empty window) before the start.
[[nodiscard]] bool spending_window(const Grant& grant, Date as_of, Date& from, Date& to);

// A ratio as a percentage with one decimal, rounded half-up ("37.5"):
// the display rule of % elapsed and % spent.
[[nodiscard]] std::string percent_text(const Rational& ratio);

}  // namespace comptoir
