// The grant tables of a SQLite book (schema v4): agreements, tranches, the
// budgets of their actions (v8), and the SQL sums of tagged postings.
// Writes share the book's write scope, so a tranche lands with its entry
// or not at all.
#pragma once

#include "grants/grant_store.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir {

class SqliteGrantStore final : public GrantStore {
 public:
  // `book` must outlive this store. Writes throw Error(Locked) on a
  // read-only book and Error(Internal) without an open write scope.
  explicit SqliteGrantStore(SqliteBook& book) : book_(book) {}

  [[nodiscard]] std::vector<Grant> grants(const std::string& entity) const override;
  [[nodiscard]] std::optional<Grant> grant(const std::string& code) const override;
  void add_grant(const Grant& grant) override;
  std::int64_t add_tranche(const GrantTranche& tranche) override;
  [[nodiscard]] std::vector<GrantTranche> tranches(const std::string& grant) const override;
  [[nodiscard]] Money spending(const std::string& entity, const std::string& key, const std::string& value, Date from,
                               Date to) const override;
  // The budget tables since schema v8 (grant_budget_store.cpp).
  [[nodiscard]] std::optional<GrantBudget> budget(const std::string& grant) const override;
  void set_budget(const GrantBudget& budget) override;
  [[nodiscard]] std::vector<AccountBalance> tagged_balances(const std::string& entity, const std::string& key,
                                                            const std::string& value, Date from,
                                                            Date to) const override;

 private:
  SqliteBook& book_;
};

}  // namespace comptoir
