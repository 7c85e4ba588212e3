// A transaction (écriture): entity, journal, date, piece, label and two or
// more postings. Draft, then validated: validation assigns the gapless
// number and chains the hash; a validated transaction never changes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/posting.hpp"

namespace comptoir {

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
