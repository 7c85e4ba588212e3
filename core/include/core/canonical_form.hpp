// The canonical text of a validated transaction, the input of its hash.
// Any change to a field that validation freezes changes this text.
#pragma once

#include <string>

#include "core/transaction.hpp"

namespace comptoir {

// Fields separated by U+001F, postings by U+001E, in a fixed order, amounts
// in cents, dates ISO, tags sorted by key. Lettering is excluded (it may be
// undone and redone after validation).
[[nodiscard]] std::string canonical_form(const Transaction& transaction);

// The hash of the chain link: SHA-256 hex of previous_hash + canonical form.
[[nodiscard]] std::string chain_hash(const std::string& previous_hash, const Transaction& transaction);

// The previous hash of an entity's first transaction: 64 zeros.
[[nodiscard]] const std::string& genesis_hash();

}  // namespace comptoir
