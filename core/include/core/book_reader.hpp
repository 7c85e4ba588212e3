// What the core needs to read from storage. The store answers aggregate
// queries itself (SQL aggregation, running totals) so that a trial balance
// never loads the whole book into memory.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/chart.hpp"
#include "core/account_balance.hpp"
#include "core/auxiliary_account.hpp"
#include "core/entity.hpp"
#include "core/fiscal_year.hpp"
#include "core/journal.hpp"
#include "core/ledger_line.hpp"
#include "core/transaction.hpp"
#include "core/transaction_filter.hpp"

namespace comptoir {

// The head of an entity's hash chain: the last validated transaction.
struct ChainHead {
  std::string hash;  // 64 zeros when nothing is validated yet
  std::int64_t count = 0;  // chain position of that transaction
};

class BookReader {
 public:
  virtual ~BookReader() = default;

  [[nodiscard]] virtual std::vector<Entity> entities() const = 0;
  [[nodiscard]] virtual std::optional<Entity> entity(const std::string& code) const = 0;
  [[nodiscard]] virtual std::vector<Account> accounts(const std::string& entity) const = 0;
  [[nodiscard]] virtual std::optional<Account> account(const std::string& entity,
                                                       const std::string& number) const = 0;
  [[nodiscard]] virtual std::vector<AuxiliaryAccount> auxiliaries(const std::string& entity) const = 0;
  [[nodiscard]] virtual std::optional<AuxiliaryAccount> auxiliary(const std::string& entity,
                                                                  const std::string& code) const = 0;
  [[nodiscard]] virtual std::vector<Journal> journals(const std::string& entity) const = 0;
  [[nodiscard]] virtual std::vector<FiscalYear> fiscal_years(const std::string& entity) const = 0;

  // Trial balance of validated postings: one row per (entity, account) that
  // moved, ordered by entity then account. Uses filter.entity, fiscal_year,
  // from/to and account_prefix.
  [[nodiscard]] virtual std::vector<AccountBalance> trial_balance(const TransactionFilter& filter) const = 0;

  // Transactions matching the filter (a transaction matches account_prefix
  // if one of its postings does), with all their postings. Validated ones
  // by entity then chain position (validation order), then drafts by id.
  virtual void for_each_transaction(const TransactionFilter& filter,
                                    const std::function<void(const Transaction&)>& visit) const = 0;
  [[nodiscard]] virtual std::optional<Transaction> transaction(std::int64_t id) const = 0;

  // Postings matching the filter with their headers, ordered by entity,
  // account, date, sequence: the general ledger.
  virtual void for_each_ledger_line(const TransactionFilter& filter,
                                    const std::function<void(const LedgerLine&)>& visit) const = 0;

  [[nodiscard]] virtual ChainHead chain_head(const std::string& entity) const = 0;
  // Highest sequence number used in an entity's fiscal year (0 if none).
  [[nodiscard]] virtual std::int64_t last_sequence(const std::string& entity, int fiscal_year) const = 0;
};

}  // namespace comptoir
