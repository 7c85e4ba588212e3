// Bank rules: label patterns to draft entries.
#include "bank/bank_rules.hpp"

#include <cctype>

#include "core/error.hpp"
#include "core/semicolon_lines.hpp"

namespace comptoir_bank_data {
std::string_view embedded(std::string_view file_name);
}

namespace comptoir {
namespace {

Tags parse_tags(const std::string& text, const std::string& where) {
  Tags tags;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    const std::string pair = text.substr(start, end - start);
    const auto eq = pair.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size()) {
      throw Error(ErrorKind::InvalidInput, where + ": field 'tags': '" + pair + "' is not key=value");
    }
    tags[pair.substr(0, eq)] = pair.substr(eq + 1);
    start = end + 1;
  }
  return tags;
}

char fold(char c) {
  return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
}

}  // namespace

bool bank_label_matches(std::string_view pattern, std::string_view label) {
  // Glob with '*' only: the classic two-pointer walk, backtracking to the
  // last star.
  std::size_t p = 0, l = 0, star = std::string_view::npos, mark = 0;
  while (l < label.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = l;
    } else if (p < pattern.size() && fold(pattern[p]) == fold(label[l])) {
      ++p;
      ++l;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      l = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::vector<BankRule> parse_bank_rules(std::string_view content, const std::string& source) {
  std::vector<BankRule> rules;
  for_each_semicolon_line(content, source, [&](const std::vector<std::string>& f, long line) {
    if (f.at(0) == "entity" && f.size() > 1 && f[1] == "pattern") return;  // header
    const std::string where = at_location(source, line, "");
    if (f.size() != 7)
      throw Error(ErrorKind::InvalidInput, where + ": 7 fields expected, got " + std::to_string(f.size()));
    BankRule r{f[0], f[1], f[2], f[3], f[4], parse_tags(f[5], where), f[6], line};
    if (r.pattern.empty()) throw Error(ErrorKind::InvalidInput, where + ": field 'pattern' is empty");
    if (r.account.empty()) throw Error(ErrorKind::InvalidInput, where + ": field 'account' is empty");
    if (r.journal.empty()) throw Error(ErrorKind::InvalidInput, where + ": field 'journal' is empty");
    rules.push_back(std::move(r));
  });
  return rules;
}

const std::vector<BankRule>& default_bank_rules() {
  static const std::vector<BankRule> rules =
      parse_bank_rules(comptoir_bank_data::embedded("bank_rules.csv"), "bank_rules.csv");
  return rules;
}

std::vector<BankProposal> propose_bank_entries(const std::vector<BankLine>& lines, const std::vector<BankRule>& rules,
                                               const std::string& entity, const std::string& account) {
  std::vector<BankProposal> out;
  for (const auto& line : lines) {
    for (const auto& rule : rules) {
      if (!rule.entity.empty() && rule.entity != entity) continue;
      if (!bank_label_matches(rule.pattern, line.label)) continue;
      const Money amount = line.amount.is_negative() ? -line.amount : line.amount;
      const std::string label = rule.label.empty() ? line.label : rule.label;
      Posting bank =
          line.amount.is_negative() ? Posting::crediting(account, amount) : Posting::debiting(account, amount);
      const PostingDetails details{rule.auxiliary, "", rule.tags};
      Posting other = line.amount.is_negative() ? Posting::debiting(rule.account, amount, details)
                                                : Posting::crediting(rule.account, amount, details);
      std::vector<Posting> postings;
      if (line.amount.is_negative()) {
        postings = {std::move(other), std::move(bank)};
      } else {
        postings = {std::move(bank), std::move(other)};
      }
      out.push_back(
          {line, &rule,
           Transaction::draft(entity, rule.journal, line.booking_date, line.reference, label, std::move(postings))});
      break;
    }
  }
  return out;
}

}  // namespace comptoir
