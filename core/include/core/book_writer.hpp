// What the core needs to write to storage, and the unit of work writes
// happen in. The writer stores what it is given; the checks (balance,
// accounts, open period, numbering, hash) are the core's job (see book.hpp)
// and come first. The store keeps per-account monthly running totals of
// validated postings in the same transaction.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/chart.hpp"
#include "core/fiscal_year.hpp"
#include "core/transaction.hpp"

namespace comptoir {

// An all-or-nothing unit of work: everything written through the writer
// while a scope is alive lands on commit(), or not at all if the scope is
// destroyed first (exception, early return).
class WriteScope {
 public:
  virtual ~WriteScope() = default;
  virtual void commit() = 0;
};

class BookWriter {
 public:
  virtual ~BookWriter() = default;

  // Starts an all-or-nothing unit of work. One at a time.
  [[nodiscard]] virtual std::unique_ptr<WriteScope> begin() = 0;

  virtual void add_entity(const Entity& entity) = 0;
  // Changes the name and SIREN of the entity `entity.code`.
  virtual void update_entity(const Entity& entity) = 0;
  virtual void add_account(const std::string& entity, const Account& account) = 0;
  virtual void add_auxiliary(const std::string& entity, const AuxiliaryAccount& auxiliary) = 0;
  virtual void add_journal(const std::string& entity, const Journal& journal) = 0;
  virtual void add_fiscal_year(const std::string& entity, const FiscalYear& year) = 0;
  virtual void set_fiscal_year_status(const std::string& entity, int year, FiscalYearStatus status) = 0;

  // Stores a transaction as given (draft, or validated with its fiscal
  // year, sequence, validation date and hash set). Returns its id.
  virtual std::int64_t insert_transaction(const Transaction& transaction) = 0;
  // Stores many transactions, in order, as insert_transaction would one by
  // one (ids are not returned). A store may write them in bulk.
  virtual void insert_transactions(const std::vector<Transaction>& batch) {
    for (const auto& t : batch) insert_transaction(t);
  }
  // Turns a stored draft into a validated transaction.
  // `validated` carries the fields validation set (fiscal year, sequence,
  // chain position, validation date, hash).
  virtual void mark_validated(const Transaction& validated) = 0;
  // Deletes a draft (validated transactions cannot be deleted).
  virtual void delete_draft(std::int64_t id) = 0;
};

}  // namespace comptoir
