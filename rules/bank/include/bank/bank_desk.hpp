// The bank desk: matching statement lines with postings (automatic and by
// hand), undoing a match, what is left on each side. A match links lines
// and postings of one entity's bank account whose amounts sum alike; it is
// refused when a line or posting is dated in a closed fiscal year.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bank/bank_matching.hpp"
#include "bank/bank_store.hpp"
#include "core/book_reader.hpp"

namespace comptoir {

// What is not matched on either side, up to a date.
struct BankUnmatched {
  std::vector<BankLine> lines;
  std::vector<BankBookPosting> postings;
};

// What an automatic matching did, and what it left as `unmatched` lists it.
struct BankAutoMatch {
  std::vector<BankMatch> matches;
  std::size_t lines_matched = 0;
  std::size_t postings_matched = 0;
  std::size_t lines_left = 0;
  std::size_t postings_left = 0;
};

class BankDesk {
 public:
  BankDesk(BankStore& store, const BookReader& book) : store_(store), book_(book) {}

  // Matches what can be matched among the unmatched lines and postings of
  // open years; stores the matches (caller's write scope) and returns them.
  BankAutoMatch auto_match(const std::string& entity, const std::string& account,
                           const BankMatchingOptions& options = {});
  // Matches these lines with these postings by hand. Throws
  // Error(InvalidInput) when they are of other accounts, already matched
  // or do not sum alike, Error(Locked) in a closed year.
  BankMatch match(const std::vector<std::int64_t>& lines, const std::vector<std::int64_t>& postings);
  // Undoes the match of a line (with every line and posting in it).
  BankMatch unmatch(std::int64_t line);
  // Postings dated from the account's first statement (opening entries
  // excepted: journal AN) and lines, up to `to`, that are not matched.
  [[nodiscard]] BankUnmatched unmatched(const std::string& entity, const std::string& account,
                                        std::optional<Date> to = std::nullopt) const;

 private:
  void refuse_closed(const std::string& entity, Date date, const std::string& what) const;
  BankStore& store_;
  const BookReader& book_;
};

// The first day the account's statements cover (none before any import).
[[nodiscard]] std::optional<Date> first_statement_day(const BankStore& store, const std::string& entity,
                                                      const std::string& account);

}  // namespace comptoir
