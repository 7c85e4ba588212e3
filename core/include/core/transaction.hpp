// A transaction (écriture) and its postings: entity, journal, date, piece,
// label and two or more lines, each debiting or crediting one account.
// Draft, then validated: validation assigns the gapless number and chains
// the hash; a validated transaction never changes.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir {

// Analytic tags: key -> value, e.g. activity=guinguette-grand-est,
// grant=ANCT-2025, commune=COM-VILLERS. Keys are unique per posting.
using Tags = std::map<std::string, std::string>;

// What a posting may carry besides its account and amount, named at the
// call site: Posting::debiting("411000", amount, {.auxiliary = "COM-X"}).
// (The {} initializers let a call name only the details it sets.)
struct PostingDetails {
  std::string auxiliary{};  // auxiliary account code, empty if none
  std::string label{};      // empty: the transaction's label applies
  Tags tags{};
};

// A posting's lettering (lettrage): the code its account's lines share once
// they settle each other (AA, AB…) and the day they were lettered (DateLet).
struct LetteringMark {
  std::string code;
  Date date;
};

// One line of a transaction: an account (and optional auxiliary account)
// debited or credited in cents, with analytic tags.
struct Posting {
  std::string account;    // general account number
  std::string auxiliary;  // auxiliary account code, empty if none
  Money debit;            // exactly one of debit/credit is positive
  Money credit;
  std::string label;  // empty: the transaction's label applies
  Tags tags;
  // Lettering (lettrage) is not covered by immutability: it lives beside
  // the posting in the store and outside the hash. Read with the posting;
  // written with a new validated transaction (a FEC import), else through
  // the LetteringStore port (core/lettering.hpp).
  std::optional<LetteringMark> lettering{};

  // A line debiting (or crediting) `account` by `amount`, the other side
  // zero. The amount is not checked here: Book::check refuses a posting
  // that is not positive on exactly one side.
  [[nodiscard]] static Posting debiting(std::string account, Money amount, PostingDetails details = {});
  [[nodiscard]] static Posting crediting(std::string account, Money amount, PostingDetails details = {});
  // Debits `balance` (debit - credit) when it is positive or zero, credits
  // its opposite when it is negative: the line that moves an account by
  // `balance`.
  [[nodiscard]] static Posting with_balance(std::string account, Money balance, PostingDetails details = {});
};

enum class TransactionStatus { Draft, Validated };

struct Transaction {
  std::int64_t id = 0;  // store id, 0 before it is stored
  std::string entity;
  std::string journal;
  Date date;
  std::string piece_ref;  // PieceRef: the supporting document
  Date piece_date;
  std::string label;
  std::vector<Posting> postings;

  TransactionStatus status = TransactionStatus::Draft;
  // Set by validation:
  int fiscal_year = 0;
  std::int64_t sequence = 0;        // gapless per entity and fiscal year (EcritureNum)
  std::int64_t chain_position = 0;  // 1, 2, ... per entity, in validation order
  std::optional<Date> validation_date;
  std::string hash;  // SHA-256 hex over previous hash + canonical form

  // A draft with its header and postings, its piece dated `date` (set
  // piece_date afterwards when the document is older than the entry).
  [[nodiscard]] static Transaction draft(std::string entity, std::string journal, Date date, std::string piece_ref,
                                         std::string label, std::vector<Posting> postings = {});

  [[nodiscard]] bool is_validated() const { return status == TransactionStatus::Validated; }
  [[nodiscard]] Money total_debit() const;
  [[nodiscard]] Money total_credit() const;
  // "AT-2025-000042" once validated, "draft #17" before.
  [[nodiscard]] std::string reference() const;
};

[[nodiscard]] std::string to_string(TransactionStatus s);
// "AT-2025-000042": how a validated transaction is named to people.
[[nodiscard]] std::string transaction_reference(const std::string& entity, int fiscal_year, std::int64_t sequence);

}  // namespace comptoir
