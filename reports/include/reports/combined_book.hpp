// The two associations' books seen as one entity, "combined", with the
// flows between them eliminated: a reader the statements run on unchanged
// (income statement, balance sheet, trial balance of `--entity combined`).
// Eliminated: the postings tagged interco=<pair> on third-party accounts
// (class 4 but VAT 445) and on expenses and income (classes 6 and 7), in
// both books; the pairs' cash legs stay (money did move between banks, and
// the two legs cancel out in the sum). Balances carried in the opening
// entries are not tagged, so a claim between the associations open at a
// year's start is not eliminated.
#pragma once

#include <string>
#include <vector>

#include "core/book_reader.hpp"

namespace comptoir {

inline constexpr const char* combined_entity = "combined";

// One eliminated posting, summed per entity, pair, account and auxiliary.
struct Elimination {
  std::string entity;
  std::string pair;
  std::string account;
  std::string auxiliary;
  Money balance;  // debit − credit taken out of the combined figures
};

class CombinedBook final : public BookReader {
 public:
  // `base` must outlive this reader. Throws Error(InvalidInput) when the
  // entities' fiscal years differ (dates or names): their sum would mean
  // nothing.
  explicit CombinedBook(const BookReader& base);

  // The eliminations of validated postings dated from `from` to `to`.
  [[nodiscard]] std::vector<Elimination> eliminations(Date from, Date to) const;
  // The entities summed (AT, RES).
  [[nodiscard]] const std::vector<std::string>& members() const { return members_; }

  [[nodiscard]] std::vector<Entity> entities() const override;
  [[nodiscard]] std::optional<Entity> entity(const std::string& code) const override;
  [[nodiscard]] std::vector<Account> accounts(const std::string& entity) const override;
  [[nodiscard]] std::optional<Account> account(const std::string& entity, const std::string& number) const override;
  [[nodiscard]] std::vector<AuxiliaryAccount> auxiliaries(const std::string& entity) const override;
  [[nodiscard]] std::optional<AuxiliaryAccount> auxiliary(const std::string& entity,
                                                          const std::string& code) const override;
  [[nodiscard]] std::vector<Journal> journals(const std::string& entity) const override;
  [[nodiscard]] std::vector<FiscalYear> fiscal_years(const std::string& entity) const override;
  [[nodiscard]] std::vector<AccountBalance> trial_balance(const TransactionFilter& filter) const override;
  void for_each_transaction(const TransactionFilter& filter,
                            const std::function<void(const Transaction&)>& visit) const override;
  [[nodiscard]] std::optional<Transaction> transaction(std::int64_t id) const override;
  void for_each_ledger_line(const TransactionFilter& filter,
                            const std::function<void(const LedgerLine&)>& visit) const override;
  [[nodiscard]] std::vector<AuxiliaryBalance> balances_by_auxiliary(
      const std::string& entity, Date from, Date to, const std::string& account_prefix = "") const override;
  [[nodiscard]] ChainHead chain_head(const std::string& entity) const override;
  [[nodiscard]] std::int64_t last_sequence(const std::string& entity, int fiscal_year) const override;

 private:
  // The entities a filter's entity stands for (both for "combined").
  [[nodiscard]] std::vector<std::string> members_of(const std::string& entity) const;
  // The dates a filter covers (its fiscal year's, narrowed by from/to).
  [[nodiscard]] std::pair<Date, Date> span(const TransactionFilter& filter) const;

  const BookReader& base_;
  std::vector<std::string> members_;
};

}  // namespace comptoir
