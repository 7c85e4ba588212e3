// The hash chain that makes validated entries tamper-evident: the canonical
// text a transaction is sealed over, the chain hash, and the integrity check
// `comptoir verify` runs. Tampering shows as the first transaction whose
// content no longer matches its hash.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/book_reader.hpp"

namespace comptoir {

// The canonical text of a validated transaction, the input of its hash: any
// change to a field that validation freezes changes it. Fields separated by
// U+001F, postings by U+001E, in a fixed order, amounts in cents, dates ISO,
// tags sorted by key. Lettering is excluded (it may be undone and redone
// after validation).
[[nodiscard]] std::string canonical_form(const Transaction& transaction);

// The hash of the chain link: SHA-256 hex of previous_hash + canonical form.
[[nodiscard]] std::string chain_hash(const std::string& previous_hash, const Transaction& transaction);

// The previous hash of an entity's first transaction: 64 zeros.
[[nodiscard]] const std::string& genesis_hash();

struct EntityVerification {
  std::string entity;
  std::int64_t transactions = 0;  // validated transactions checked
  std::int64_t postings = 0;
  std::string head_hash;              // recomputed hash of the last transaction
  std::vector<std::string> problems;  // the first one names the first bad transaction
};

struct VerificationReport {
  std::vector<EntityVerification> entities;
  std::vector<std::string> store_problems;  // e.g. running totals that differ from postings
  [[nodiscard]] bool ok() const;
};

// Integrity check of the books: recomputes the hash chain of every entity
// from the stored transactions, and checks numbering and balance. Walks
// every validated transaction of every entity in validation order. Stops
// listing problems for an entity after the first broken link (all later
// hashes derive from it) but keeps counting.
[[nodiscard]] VerificationReport verify_book(const BookReader& reader);

}  // namespace comptoir
