// Lettering (lettrage) of customers and suppliers: the lines of an account
// that settle each other (an invoice and its receipts) share a code, AA,
// AB… per account, and the day they were lettered. Lettering lives beside
// the validated entries, outside their hash (core/transaction.hpp), so it
// may be done and undone after validation, but never on a posting dated in
// a closed fiscal year (letter the next year's à-nouveaux instead).
//
// It is in the core rather than a rule set because the FEC writes and reads
// it (EcritureLet, DateLet) and the closing carries open items, and both see
// only the core. The port is LetteringStore; the store implements it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/book_reader.hpp"
#include "core/money.hpp"

namespace comptoir {

// What lettering needs from storage besides the ledger (BookReader's
// for_each_ledger_line lists open items with their lettering).
class LetteringStore {
 public:
  virtual ~LetteringStore() = default;

  // The validated postings of `entity` among `posting_ids`, with their
  // headers and lettering, in the order asked; unknown ids (or drafts, or
  // another entity's) are left out.
  [[nodiscard]] virtual std::vector<LedgerLine> lettering_lines(const std::string& entity,
                                                                const std::vector<std::int64_t>& posting_ids) const = 0;
  // The postings of `entity` lettered `code`, on `account` ("" = any
  // account), ordered by account, date, id.
  [[nodiscard]] virtual std::vector<LedgerLine> lettered_lines(const std::string& entity, const std::string& account,
                                                               const std::string& code) const = 0;
  // Every code used on `entity`'s `account`.
  [[nodiscard]] virtual std::vector<std::string> lettering_codes(const std::string& entity,
                                                                 const std::string& account) const = 0;
  // Writes, inside the book's open write scope. A posting dated in a closed
  // year is refused by the store too (Error(Locked)).
  virtual void letter(const std::vector<std::int64_t>& posting_ids, const LetteringMark& mark) = 0;
  virtual void unletter(const std::vector<std::int64_t>& posting_ids) = 0;
};

// The code after the codes in use on an account: AA, AB… AZ, BA… ZZ, AAA…
// (the French usage, upper case); codes of other shapes (from a FEC file)
// are kept and skipped.
[[nodiscard]] std::string next_lettering_code(const std::vector<std::string>& used);

// --- Matching (pure) ---

// An unlettered line as the matching sees it. amount = debit − credit.
struct OpenItem {
  std::int64_t id = 0;
  std::string auxiliary;
  Date date;
  std::string piece_ref;
  Money amount;
};

// Why a group was matched, in the order the rules are tried.
enum class MatchRule {
  Amount,     // one line and one line of the opposite amount
  Reference,  // the lines of one piece reference, summing to zero
  Sum,        // a small set summing to zero (bounded search)
};

struct ProposedLettering {
  MatchRule rule = MatchRule::Amount;
  std::vector<std::int64_t> ids;  // in the order of the items given
};

// Bounds of the search for a set summing to zero: a set has at most
// `max_lines` lines, the search looks at the `max_candidates` oldest lines
// of the other side, and gives up after `max_steps` steps per line.
struct MatchLimits {
  std::size_t max_lines = 5;
  std::size_t max_candidates = 24;
  std::size_t max_steps = 200000;
};

// Proposes groups of open items that settle each other, never across
// auxiliary accounts, each item in at most one group:
// 1. exact amount, one to one: first the lines of the opposite amount and
//    the same piece reference, then each line, oldest first, with the
//    oldest line of the opposite amount; two invoices of 100 and one
//    receipt of 100 letter the older invoice;
// 2. same piece reference: the remaining lines of a reference summing to zero;
// 3. a set summing to zero: for each remaining line, oldest first, the
//    fewest lines of the other side (oldest first among equals) summing to
//    its opposite, within `limits`.
// Items are taken in (date, id) order whatever order they come in.
[[nodiscard]] std::vector<ProposedLettering> match_open_items(std::vector<OpenItem> items,
                                                              const MatchLimits& limits = {});

// --- Lettering a book ---

// What a lettering (or unlettering) did: the account, the code and its lines.
struct LetteringGroup {
  std::string account;
  std::string code;
  Date date;
  MatchRule rule = MatchRule::Amount;  // for automatic lettering
  std::vector<LedgerLine> lines;
};

// Letters the validated postings `posting_ids` of `entity` together, inside
// the caller's write scope, with the next code of their account, dated the
// latest of their dates. Throws Error(InvalidInput) for fewer than two ids,
// an id repeated, unknown or already lettered, lines of different accounts;
// Error(Unbalanced) when they do not sum to zero (naming the lines and the
// difference); Error(Locked) when one is dated in a closed fiscal year.
LetteringGroup letter_postings(const BookReader& reader, LetteringStore& store, const std::string& entity,
                               const std::vector<std::int64_t>& posting_ids);

// Removes the code `code` from `entity`'s `account` ("" = the one account
// that uses it), inside the caller's write scope. Throws
// Error(NotFound) for an unused code, Error(InvalidInput) when several
// accounts use it and none is named, Error(Locked) when a line is dated in
// a closed fiscal year.
LetteringGroup unletter_code(const BookReader& reader, LetteringStore& store, const std::string& entity,
                             const std::string& account, const std::string& code);

// Letters automatically the open items of `entity`'s `account` (exactly
// that account), of `auxiliary` only if not empty, dated in the book's
// current run of years (the ledger's default range: from the last carried
// forward close) and in open years: what match_open_items proposes, each
// group with the next code. Inside the caller's write scope.
std::vector<LetteringGroup> letter_automatically(const BookReader& reader, LetteringStore& store,
                                                 const std::string& entity, const std::string& account,
                                                 const std::string& auxiliary, const MatchLimits& limits = {});

// The references of lines for messages: "#123 (AT-2025-000042, 1 200.00 debit)".
[[nodiscard]] std::string describe_lines(const std::vector<LedgerLine>& lines);

}  // namespace comptoir
