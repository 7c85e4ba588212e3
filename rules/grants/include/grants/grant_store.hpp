// What grant bookkeeping needs from storage: agreements, their tranches,
// the budgets of their actions and the sums of the postings carrying an
// analytic tag. Writes need the book's
// open write scope (Book::begin), so a tranche lands with its entry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/book_reader.hpp"
#include "grants/grant.hpp"
#include "grants/grant_budget.hpp"

namespace comptoir {

class GrantStore {
 public:
  virtual ~GrantStore() = default;

  // Agreements of `entity` ("" = every entity), by code.
  [[nodiscard]] virtual std::vector<Grant> grants(const std::string& entity) const = 0;
  [[nodiscard]] virtual std::optional<Grant> grant(const std::string& code) const = 0;
  // Throws Error(InvalidInput) if the code exists.
  virtual void add_grant(const Grant& grant) = 0;

  // Records a tranche (its entry already posted); returns its id.
  virtual std::int64_t add_tranche(const GrantTranche& tranche) = 0;
  // Tranches of an agreement by date then id.
  [[nodiscard]] virtual std::vector<GrantTranche> tranches(const std::string& grant) const = 0;

  // Debit - credit of the validated postings of `entity` on class-6
  // accounts, except 689 (reports en fonds dédiés), that carry the tag
  // key=value, dated in [from, to]: what the agreement's purpose spent.
  [[nodiscard]] virtual Money spending(const std::string& entity, const std::string& key, const std::string& value,
                                       Date from, Date to) const = 0;

  // The budget of the agreement `grant`, if one was recorded.
  [[nodiscard]] virtual std::optional<GrantBudget> budget(const std::string& grant) const = 0;
  // Records the budget of budget.grant in place of any earlier one.
  virtual void set_budget(const GrantBudget& budget) = 0;

  // The validated postings of `entity` that carry the tag key=value, dated
  // in [from, to], summed per account (every class), by account; no label.
  [[nodiscard]] virtual std::vector<AccountBalance> tagged_balances(const std::string& entity, const std::string& key,
                                                                    const std::string& value, Date from,
                                                                    Date to) const = 0;
};

}  // namespace comptoir
