// Rules as data (data/bank_rules.csv, or a file of the same shape): a
// pattern of the bank's label gives the account, auxiliary, journal, tags
// and label of the entry a statement line not in the books calls for
// (URSSAF, bank fees, card takings). The entries are drafts: `validate`
// makes them entries as any other, then `bank match --auto` pairs them
// with their lines (the draft's piece reference is the line's bank
// reference).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bank/bank_statement.hpp"
#include "core/transaction.hpp"

namespace comptoir {

struct BankRule {
  std::string entity;  // "" = any
  std::string pattern;
  std::string account;
  std::string auxiliary;
  std::string journal;
  Tags tags;
  std::string label;  // "" = the line's
  long line = 0;      // in its file, for messages
};

[[nodiscard]] std::vector<BankRule> parse_bank_rules(std::string_view content, const std::string& source);
[[nodiscard]] const std::vector<BankRule>& default_bank_rules();

// Whether `label` matches `pattern` ('*' any text, case ignored for ASCII).
[[nodiscard]] bool bank_label_matches(std::string_view pattern, std::string_view label);

struct BankProposal {
  BankLine line;
  const BankRule* rule = nullptr;
  Transaction draft;
};

// A draft for each line a rule of `entity` matches (the first that does),
// dated on its booking day, with the line's bank reference as its piece:
// the bank account debited by money in, credited by money out.
[[nodiscard]] std::vector<BankProposal> propose_bank_entries(const std::vector<BankLine>& lines,
                                                             const std::vector<BankRule>& rules,
                                                             const std::string& entity, const std::string& account);

}  // namespace comptoir
