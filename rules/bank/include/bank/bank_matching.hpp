// Matching statement lines with the bank account's postings. First one
// line to one posting of the same amount dated within the window; when
// several could pair, the pair whose labels and references share the most
// words wins, then the closest dates, then the earliest. Then one line to
// several postings summing to it (a remittance of cheques), then several
// lines to one posting; a line or posting with two possible sets is left
// for a person.
#pragma once

#include <vector>

#include "bank/bank_statement.hpp"
#include "bank/bank_store.hpp"

namespace comptoir {

struct BankMatchingOptions {
  int window_days = 5;
  // A remittance gathers at most this many postings (or lines).
  int max_group = 4;
  // The nearest candidates by date looked at for a group.
  int max_candidates = 16;
};

// The matches of `lines` with `postings` (both unmatched), each with its
// lines and postings summing to the same amount. Pure: nothing is stored.
[[nodiscard]] std::vector<BankMatch> propose_bank_matches(const std::vector<BankLine>& lines,
                                                          const std::vector<BankBookPosting>& postings,
                                                          const BankMatchingOptions& options = {});

// How alike a line and a posting read: the words of three letters or more
// (or digits) they share, ten more when the posting's piece reference is
// in the line's label or reference.
[[nodiscard]] int bank_label_similarity(const BankLine& line, const BankBookPosting& posting);

}  // namespace comptoir
