// The bank statement tables of a SQLite book (schema v11). Writes share the
// book's write scope.
#pragma once

#include "bank/bank_store.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir {

class SqliteBankStore final : public BankStore {
 public:
  // `book` must outlive this store. Writes throw Error(Locked) on a
  // read-only book and Error(Internal) without an open write scope.
  explicit SqliteBankStore(SqliteBook& book) : book_(book) {}

  [[nodiscard]] std::vector<StoredBankStatement> statements(const std::string& entity,
                                                            const std::string& account) const override;
  [[nodiscard]] std::optional<StoredBankStatement> statement_of_file(const std::string& hash) const override;
  [[nodiscard]] std::vector<std::string> known_references(const std::string& entity, const std::string& account,
                                                          const std::vector<std::string>& references) const override;
  std::int64_t add_statement(const StoredBankStatement& statement, const std::vector<BankLine>& lines) override;
  [[nodiscard]] std::vector<BankLine> lines(const std::string& entity, const std::string& account,
                                            std::optional<Date> to) const override;
  [[nodiscard]] std::optional<BankLine> line(std::int64_t id, std::string* entity, std::string* account) const override;
  [[nodiscard]] std::vector<BankBookPosting> postings(const std::string& entity, const std::string& account,
                                                      std::optional<Date> to) const override;
  [[nodiscard]] std::vector<BankBookPosting> postings_between(const std::string& entity, const std::string& account,
                                                              Date from, Date to) const override;
  [[nodiscard]] std::size_t unmatched_posting_count(const std::string& entity, const std::string& account,
                                                    Date from) const override;
  [[nodiscard]] std::optional<BankBookPosting> posting(std::int64_t id, std::string* entity,
                                                       std::string* account) const override;
  std::int64_t add_match(const std::string& entity, const std::string& account, const BankMatch& match) override;
  [[nodiscard]] std::optional<BankMatch> match(std::int64_t id) const override;
  void remove_match(std::int64_t id) override;

 private:
  SqliteBook& book_;
};

}  // namespace comptoir
