// The two sides of an inter-association flow as found in the books, and the
// check that they mirror each other (postings tagged interco=<id>).
#pragma once

#include <string>
#include <vector>

#include "core/book_reader.hpp"
#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir {

// What one entity booked under a pair id (summed over its entries).
struct InterCoSide {
  std::string entity;
  std::vector<std::string> references;  // "AT-2025-000042" of each entry (or "draft #n")
  Date date;                            // of the first entry
  std::string label;                    // of the first entry
  // Debit - credit of the tagged postings on third-party accounts (class 4
  // except VAT 445): the claim on the other association (> 0) or the debt (< 0).
  Money third_party;
  // Debit - credit of the tagged expense and income postings (class 6 and 7):
  // what the combined view eliminates.
  Money result;
};

struct InterCoPair {
  std::string id;
  std::vector<InterCoSide> sides;  // by entity code
  // Empty when the sides mirror each other: two entities, third-party
  // balances that cancel out and eliminated expense = eliminated income.
  std::string problem;
  [[nodiscard]] bool matches() const { return problem.empty(); }
};

// Every pair id found in the validated entries matching `filter` (its
// entity field is ignored: a pair spans both books), ordered by id, with
// the problem of each (a missing side, balances or amounts that differ).
// Reads the matching entries once (a scan; tags are not indexed).
[[nodiscard]] std::vector<InterCoPair> interco_pairs(const BookReader& reader, TransactionFilter filter);

}  // namespace comptoir
