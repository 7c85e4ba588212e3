// What the core needs to read from storage, and the shapes of its answers:
// the filter a listing or report asks with, trial balance rows, ledger
// lines, tag balance rows. The store answers aggregate queries itself (SQL
// aggregation, running totals) so that a trial balance never loads the
// whole book into memory.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/chart.hpp"
#include "core/date.hpp"
#include "core/fiscal_year.hpp"
#include "core/money.hpp"
#include "core/transaction.hpp"

namespace comptoir {

enum class StatusFilter { Validated, Draft, All };

// Which transactions or postings a listing or report asks for. Every field
// is optional; empty means "all".
struct TransactionFilter {
  std::string entity;  // "" = every entity
  std::optional<int> fiscal_year;
  std::optional<Date> from;    // inclusive
  std::optional<Date> to;      // inclusive
  std::string account_prefix;  // postings whose account starts with it
  std::string journal;
  StatusFilter status = StatusFilter::Validated;
  // Transactions with a posting that carries this analytic tag key
  // (interco, grant…); for_each_transaction only. Tags are indexed by key:
  // a check over one kind of tagged entries need not read the whole year.
  std::string tag_key;
};

// One row of a trial balance (balance générale): the movements of an account
// over a period. balance() = debit - credit.
struct AccountBalance {
  std::string entity;
  std::string account;
  std::string label;
  Money debit;
  Money credit;
  [[nodiscard]] Money balance() const { return debit - credit; }
};

// The movements of one (account, auxiliary account) pair over a period:
// receivables and payables are carried forward per auxiliary account.
struct AuxiliaryBalance {
  std::string account;
  std::string auxiliary;  // empty for postings with none
  Money debit;
  Money credit;
  [[nodiscard]] Money balance() const { return debit - credit; }
};

// One posting seen with its transaction header: a line of the general
// ledger (grand livre) or of a journal listing.
struct LedgerLine {
  std::string entity;
  std::int64_t transaction_id = 0;
  int fiscal_year = 0;
  std::int64_t sequence = 0;  // 0 for drafts
  std::string journal;
  Date date;
  std::string piece_ref;
  std::string transaction_label;
  std::int64_t posting_id = 0;  // the store's id: how a user names a line to letter
  Posting posting;
};

// The head of an entity's hash chain: the last validated transaction.
struct ChainHead {
  std::string hash;        // 64 zeros when nothing is validated yet
  std::int64_t count = 0;  // chain position of that transaction
};

class BookReader {
 public:
  virtual ~BookReader() = default;

  [[nodiscard]] virtual std::vector<Entity> entities() const = 0;
  [[nodiscard]] virtual std::optional<Entity> entity(const std::string& code) const = 0;
  [[nodiscard]] virtual std::vector<Account> accounts(const std::string& entity) const = 0;
  [[nodiscard]] virtual std::optional<Account> account(const std::string& entity, const std::string& number) const = 0;
  [[nodiscard]] virtual std::vector<AuxiliaryAccount> auxiliaries(const std::string& entity) const = 0;
  [[nodiscard]] virtual std::optional<AuxiliaryAccount> auxiliary(const std::string& entity,
                                                                  const std::string& code) const = 0;
  [[nodiscard]] virtual std::vector<Journal> journals(const std::string& entity) const = 0;
  [[nodiscard]] virtual std::vector<FiscalYear> fiscal_years(const std::string& entity) const = 0;

  // Trial balance of validated postings: one row per (entity, account) that
  // moved, ordered by entity then account. Uses filter.entity, fiscal_year,
  // from/to, account_prefix and journal (a journal is read from the
  // postings, not from the monthly totals: ask it for a short period).
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

  // Validated postings of `entity` dated `from` to `to` (inclusive) on
  // accounts starting with `account_prefix` ("" = all), summed per
  // (account, auxiliary), ordered by account then auxiliary; pairs that did
  // not move are left out. The default walks the ledger lines; a store may
  // aggregate in one query.
  [[nodiscard]] virtual std::vector<AuxiliaryBalance> balances_by_auxiliary(
      const std::string& entity, Date from, Date to, const std::string& account_prefix = "") const;

  [[nodiscard]] virtual ChainHead chain_head(const std::string& entity) const = 0;
  // Highest sequence number used in an entity's fiscal year (0 if none).
  [[nodiscard]] virtual std::int64_t last_sequence(const std::string& entity, int fiscal_year) const = 0;
};

// One row of the balance by analytic tag: validated postings carrying
// key=value, summed.
struct TagBalanceRow {
  std::string key;    // activity, grant, commune, event...
  std::string value;  // guinguette-grand-est, ANCT-2025...
  Money debit;
  Money credit;
  [[nodiscard]] Money balance() const { return debit - credit; }
};

// What the balance by tag needs from storage: one aggregate query, a port
// of its own because only that report needs it.
class TagBalanceReader {
 public:
  virtual ~TagBalanceReader() = default;
  // Postings matching `filter` (entity, dates, account prefix, journal,
  // status) that carry a tag, summed per (key, value), ordered by key then
  // value; `key` non-empty keeps that key only.
  [[nodiscard]] virtual std::vector<TagBalanceRow> tag_balance(const TransactionFilter& filter,
                                                               const std::string& key) const = 0;
};

}  // namespace comptoir
