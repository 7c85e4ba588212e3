// Integrity check of the books (what `comptoir verify` runs): recomputes
// the hash chain of every entity from the stored transactions, and checks
// numbering and balance. Tampering shows as the first transaction whose
// content no longer matches its hash.
#pragma once

#include <string>
#include <vector>

#include "core/book_reader.hpp"

namespace comptoir {

struct EntityVerification {
  std::string entity;
  std::int64_t transactions = 0;  // validated transactions checked
  std::int64_t postings = 0;
  std::string head_hash;          // recomputed hash of the last transaction
  std::vector<std::string> problems;  // the first one names the first bad transaction
};

struct VerificationReport {
  std::vector<EntityVerification> entities;
  std::vector<std::string> store_problems;  // e.g. running totals that differ from postings
  [[nodiscard]] bool ok() const;
};

// Walks every validated transaction of every entity in validation order.
// Stops listing problems for an entity after the first broken link (all
// later hashes derive from it) but keeps counting.
[[nodiscard]] VerificationReport verify_book(const BookReader& reader);

}  // namespace comptoir
