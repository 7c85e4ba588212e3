// One line of a transaction: an account (and optional auxiliary account)
// debited or credited in cents, with analytic tags.
#pragma once

#include <map>
#include <string>

#include "core/money.hpp"

namespace comptoir {

// Analytic tags: key -> value, e.g. activity=guinguette-grand-est,
// grant=ANCT-2025, commune=COM-VILLERS. Keys are unique per posting.
using Tags = std::map<std::string, std::string>;

struct Posting {
  std::string account;    // general account number
  std::string auxiliary;  // auxiliary account code, empty if none
  Money debit;            // exactly one of debit/credit is positive
  Money credit;
  std::string label;      // empty: the transaction's label applies
  Tags tags;
  // Lettering (lettrage) is not covered by immutability: it lives beside
  // the posting in the store and outside the hash.
};

}  // namespace comptoir
