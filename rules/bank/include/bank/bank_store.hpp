// What the bank rule set needs from storage: the statements and lines of a
// bank account, the account's validated postings with their ids, and the
// matches between them. Lines are written once and never changed; a match
// lives beside the entries, outside their hash.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bank/bank_statement.hpp"
#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir {

// A statement as stored for an entity's bank account.
struct StoredBankStatement {
  std::int64_t id = 0;
  std::string entity;
  std::string account;  // 512000…
  std::string file_name;
  std::string file_hash;
  BankFormat format = BankFormat::Csv;
  std::string statement_ref;
  std::optional<Date> from;
  Date to;
  Money opening;
  Money closing;
};

// A validated posting on the bank account, as matching sees it.
struct BankBookPosting {
  std::int64_t id = 0;    // posting id
  std::string reference;  // AT-2025-000042
  std::string journal;
  Date date;
  std::string piece_ref;
  std::string label;  // the posting's, else the entry's
  Money amount;       // debit − credit: money in is positive, as on the statement
  std::int64_t match_id = 0;
};

// Lines and postings paired: their amounts sum to the same total.
struct BankMatch {
  std::int64_t id = 0;
  std::vector<std::int64_t> lines;
  std::vector<std::int64_t> postings;
  bool automatic = false;
};

class BankStore {
 public:
  virtual ~BankStore() = default;
  // The account's statements in import order.
  [[nodiscard]] virtual std::vector<StoredBankStatement> statements(const std::string& entity,
                                                                    const std::string& account) const = 0;
  // Whether a file with this SHA-256 was imported (into any account).
  [[nodiscard]] virtual std::optional<StoredBankStatement> statement_of_file(const std::string& hash) const = 0;
  // Which of `references` the account's stored lines already carry.
  [[nodiscard]] virtual std::vector<std::string> known_references(const std::string& entity, const std::string& account,
                                                                  const std::vector<std::string>& references) const = 0;
  // Stores a statement and its lines (a reference seen before is stored
  // again as its next occurrence); returns the statement's id. Needs the
  // caller's write scope.
  virtual std::int64_t add_statement(const StoredBankStatement& statement, const std::vector<BankLine>& lines) = 0;
  // The account's lines booked up to `to` (all when none), by booking date
  // then id, with their match ids.
  [[nodiscard]] virtual std::vector<BankLine> lines(const std::string& entity, const std::string& account,
                                                    std::optional<Date> to = std::nullopt) const = 0;
  [[nodiscard]] virtual std::optional<BankLine> line(std::int64_t id, std::string* entity = nullptr,
                                                     std::string* account = nullptr) const = 0;
  // Validated postings of `entity` on `account` dated up to `to` (all when
  // none), by date then id, with their match ids.
  [[nodiscard]] virtual std::vector<BankBookPosting> postings(const std::string& entity, const std::string& account,
                                                              std::optional<Date> to = std::nullopt) const = 0;
  // The same dated `from` to `to` (inclusive): what a matching can pair.
  [[nodiscard]] virtual std::vector<BankBookPosting> postings_between(const std::string& entity,
                                                                      const std::string& account, Date from,
                                                                      Date to) const = 0;
  // How many validated postings dated from `from`, opening entries
  // (journal AN) excepted, no match holds.
  [[nodiscard]] virtual std::size_t unmatched_posting_count(const std::string& entity, const std::string& account,
                                                            Date from) const = 0;
  // One validated posting by id, with its entity and account; none if it
  // is unknown or a draft's.
  [[nodiscard]] virtual std::optional<BankBookPosting> posting(std::int64_t id, std::string* entity,
                                                               std::string* account) const = 0;
  // Records a match; returns its id. Needs the caller's write scope.
  virtual std::int64_t add_match(const std::string& entity, const std::string& account, const BankMatch& match) = 0;
  [[nodiscard]] virtual std::optional<BankMatch> match(std::int64_t id) const = 0;
  virtual void remove_match(std::int64_t id) = 0;
};

}  // namespace comptoir
