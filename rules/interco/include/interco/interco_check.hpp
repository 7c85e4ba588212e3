// Finds the inter-association pairs in the books (postings tagged
// interco=<id>) and checks that their two sides mirror each other.
#pragma once

#include <vector>

#include "core/book_reader.hpp"
#include "interco/interco_pair.hpp"

namespace comptoir {

// Every pair id found in the validated entries matching `filter` (its
// entity field is ignored: a pair spans both books), ordered by id, with
// the problem of each (a missing side, balances or amounts that differ).
// Reads the matching entries once (a scan; tags are not indexed).
[[nodiscard]] std::vector<InterCoPair> interco_pairs(const BookReader& reader, TransactionFilter filter);

}  // namespace comptoir
