// The in-memory book of the unit tests (reader + writer): enough of the
// store for Book to post and for the rules and reports to read, with
// all-or-nothing write scopes. The one fake of BookReader/BookWriter: the
// SQLite store is tested against the real file.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/book.hpp"

namespace comptoir::test {

class MemoryBook : public BookReader, public BookWriter {
 public:
  struct State {
    std::vector<Entity> entities;
    std::vector<std::pair<std::string, Account>> accounts;
    std::vector<std::pair<std::string, AuxiliaryAccount>> auxiliaries;
    std::vector<std::pair<std::string, Journal>> journals;
    std::vector<std::pair<std::string, FiscalYear>> years;
    std::vector<Transaction> transactions;
  };

  std::vector<Entity> entities() const override { return state_.entities; }
  std::optional<Entity> entity(const std::string& code) const override;
  std::vector<Account> accounts(const std::string& entity) const override;
  std::optional<Account> account(const std::string& entity, const std::string& number) const override;
  std::vector<AuxiliaryAccount> auxiliaries(const std::string& entity) const override;
  std::optional<AuxiliaryAccount> auxiliary(const std::string& entity, const std::string& code) const override;
  std::vector<Journal> journals(const std::string& entity) const override;
  std::vector<FiscalYear> fiscal_years(const std::string& entity) const override;
  std::vector<AccountBalance> trial_balance(const TransactionFilter& filter) const override;
  void for_each_transaction(const TransactionFilter& filter,
                            const std::function<void(const Transaction&)>& visit) const override;
  std::optional<Transaction> transaction(std::int64_t id) const override;
  void for_each_ledger_line(const TransactionFilter& filter,
                            const std::function<void(const LedgerLine&)>& visit) const override;
  ChainHead chain_head(const std::string& entity) const override;
  std::int64_t last_sequence(const std::string& entity, int fiscal_year) const override;

  std::unique_ptr<WriteScope> begin() override;
  void add_entity(const Entity& entity) override { state_.entities.push_back(entity); }
  void update_entity(const Entity& entity) override {
    for (auto& e : state_.entities) {
      if (e.code == entity.code) e = entity;
    }
  }
  void add_account(const std::string& entity, const Account& account) override {
    state_.accounts.emplace_back(entity, account);
  }
  void add_auxiliary(const std::string& entity, const AuxiliaryAccount& auxiliary) override {
    state_.auxiliaries.emplace_back(entity, auxiliary);
  }
  void add_journal(const std::string& entity, const Journal& journal) override {
    state_.journals.emplace_back(entity, journal);
  }
  void add_fiscal_year(const std::string& entity, const FiscalYear& year) override {
    state_.years.emplace_back(entity, year);
  }
  void set_fiscal_year_status(const std::string& entity, int year, FiscalYearStatus status) override;
  std::int64_t insert_transaction(const Transaction& transaction) override;
  void mark_validated(const Transaction& validated) override;
  void delete_draft(std::int64_t id) override;

  State& state() { return state_; }

  // A validated one-posting entry dated 1 January of `year`, for readers that
  // only sum ledger lines (category summaries): no balance, no chain.
  void add_line(const std::string& entity, int year, const std::string& account, const std::string& debit,
                const std::string& credit, Tags tags = {});

 private:
  State state_;
};

// A MemoryBook after Book::initialise(2025): AT (VAT-liable) and RES with
// the embedded chart and journals.
std::unique_ptr<MemoryBook> initialised_memory_book();

Posting debit(const std::string& account, const char* amount, Tags tags = {});
Posting credit(const std::string& account, const char* amount, Tags tags = {});
Transaction entry(const std::string& entity, const std::string& journal, const char* date,
                  std::vector<Posting> postings);

}  // namespace comptoir::test
