// Lettering a book: codes, the checks of a group (one account and
// auxiliary, sum zero, open years) and automatic lettering.
#include "core/lettering.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/error.hpp"

namespace comptoir {
namespace {

bool is_letters(const std::string& code) {
  return !code.empty() && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The code after `code` among upper-case codes: AZ → BA, ZZ → AAA.
std::string successor(std::string code) {
  for (std::size_t i = code.size(); i-- > 0;) {
    if (code[i] != 'Z') {
      ++code[i];
      return code;
    }
    code[i] = 'A';
  }
  return std::string(code.size() + 1, 'A');
}

// The longest, then greatest, of the upper-case codes.
bool code_before(const std::string& a, const std::string& b) {
  return a.size() != b.size() ? a.size() < b.size() : a < b;
}

std::string reference_of(const LedgerLine& l) {
  return transaction_reference(l.entity, l.fiscal_year, l.sequence);
}

const FiscalYear* closed_year_of(const std::vector<FiscalYear>& years, Date date) {
  for (const auto& y : years) {
    if (y.contains(date) && !y.is_open()) return &y;
  }
  return nullptr;
}

void refuse_closed_years(const BookReader& reader, const std::string& entity, const std::vector<LedgerLine>& lines,
                         const std::string& action) {
  const auto years = reader.fiscal_years(entity);
  std::vector<LedgerLine> closed;
  int year = 0;
  for (const auto& l : lines) {
    if (const FiscalYear* y = closed_year_of(years, l.date)) {
      closed.push_back(l);
      year = y->year;
    }
  }
  if (closed.empty()) return;
  throw Error(ErrorKind::Locked, "cannot " + action + " " + describe_lines(closed) +
                                     ": dated in the closed fiscal year " + std::to_string(year) +
                                     " (letter the next year's opening entries instead)");
}

std::vector<std::int64_t> ids_of(const std::vector<LedgerLine>& lines) {
  std::vector<std::int64_t> ids;
  ids.reserve(lines.size());
  for (const auto& l : lines) ids.push_back(l.posting_id);
  return ids;
}

Date latest_date(const std::vector<LedgerLine>& lines) {
  Date latest = lines.front().date;
  for (const auto& l : lines) latest = std::max(latest, l.date);
  return latest;
}

}  // namespace

std::string next_lettering_code(const std::vector<std::string>& used) {
  const std::set<std::string> taken(used.begin(), used.end());
  std::string last;
  for (const auto& code : used) {
    if (is_letters(code) && (last.empty() || code_before(last, code))) last = code;
  }
  std::string code = last.empty() ? "AA" : successor(last);
  if (code.size() < 2) code = "AA";
  while (taken.count(code) != 0) code = successor(code);
  return code;
}

std::string describe_lines(const std::vector<LedgerLine>& lines) {
  std::string text;
  for (const auto& l : lines) {
    if (!text.empty()) text += ", ";
    const Money amount = l.posting.debit - l.posting.credit;
    text += "#" + std::to_string(l.posting_id) + " (" + reference_of(l) + ", " +
            (amount.is_negative() ? (-amount).to_string() + " credit" : amount.to_string() + " debit") + ")";
  }
  return text;
}

LetteringGroup letter_postings(const BookReader& reader, LetteringStore& store, const std::string& entity,
                               const std::vector<std::int64_t>& posting_ids) {
  if (posting_ids.size() < 2) throw Error(ErrorKind::InvalidInput, "letter at least two lines together");
  const std::set<std::int64_t> distinct(posting_ids.begin(), posting_ids.end());
  if (distinct.size() != posting_ids.size()) throw Error(ErrorKind::InvalidInput, "a line is named twice");
  const std::vector<LedgerLine> lines = store.lettering_lines(entity, posting_ids);
  if (lines.size() != posting_ids.size()) {
    std::set<std::int64_t> found;
    for (const auto& l : lines) found.insert(l.posting_id);
    for (const auto id : posting_ids) {
      if (found.count(id) == 0) {
        throw Error(ErrorKind::InvalidInput,
                    "line #" + std::to_string(id) + " is no validated posting of " + entity +
                        " (line numbers are the `line` column of `comptoir ledger --lettering`)");
      }
    }
  }
  const LedgerLine& first = lines.front();
  Money sum;
  for (const auto& l : lines) {
    if (l.posting.account != first.posting.account || l.posting.auxiliary != first.posting.auxiliary) {
      throw Error(ErrorKind::InvalidInput,
                  "lines of different accounts cannot be lettered together: " + describe_lines({first}) + " is on " +
                      first.posting.account + (first.posting.auxiliary.empty() ? "" : "/" + first.posting.auxiliary) +
                      ", " + describe_lines({l}) + " on " + l.posting.account +
                      (l.posting.auxiliary.empty() ? "" : "/" + l.posting.auxiliary));
    }
    if (l.posting.lettering) {
      throw Error(ErrorKind::InvalidInput, "line " + describe_lines({l}) + " is already lettered " +
                                               l.posting.lettering->code + " (unletter it first)");
    }
    sum += l.posting.debit - l.posting.credit;
  }
  if (!sum.is_zero()) {
    throw Error(ErrorKind::Unbalanced, "lines " + describe_lines(lines) + " do not sum to zero: debit − credit = " +
                                           sum.to_string() + "; lettered lines must settle each other");
  }
  refuse_closed_years(reader, entity, lines, "letter");
  LetteringGroup group{first.posting.account, next_lettering_code(store.lettering_codes(entity, first.posting.account)),
                       latest_date(lines), MatchRule::Amount, lines};
  store.letter(posting_ids, LetteringMark{group.code, group.date});
  return group;
}

LetteringGroup unletter_code(const BookReader& reader, LetteringStore& store, const std::string& entity,
                             const std::string& account, const std::string& code) {
  const std::vector<LedgerLine> lines = store.lettered_lines(entity, account, code);
  if (lines.empty()) {
    throw Error(ErrorKind::NotFound,
                "no line of " + entity + (account.empty() ? "" : " on " + account) + " is lettered '" + code + "'");
  }
  std::set<std::string> accounts;
  for (const auto& l : lines) accounts.insert(l.posting.account);
  if (accounts.size() > 1) {
    std::string names;
    for (const auto& a : accounts) names += (names.empty() ? "" : ", ") + a;
    throw Error(ErrorKind::InvalidInput,
                "code '" + code + "' is used on several accounts (" + names + "): name one with --account");
  }
  refuse_closed_years(reader, entity, lines, "unletter");
  store.unletter(ids_of(lines));
  return LetteringGroup{lines.front().posting.account, code, lines.front().posting.lettering->date, MatchRule::Amount,
                        lines};
}

std::vector<LetteringGroup> letter_automatically(const BookReader& reader, LetteringStore& store,
                                                 const std::string& entity, const std::string& account,
                                                 const std::string& auxiliary, const MatchLimits& limits) {
  if (!reader.account(entity, account)) {
    throw Error(ErrorKind::NotFound, "no account " + account + " in " + entity + "'s chart");
  }
  const auto years = reader.fiscal_years(entity);
  TransactionFilter filter;
  filter.entity = entity;
  filter.account_prefix = account;
  std::map<std::int64_t, LedgerLine> open;
  std::vector<OpenItem> items;
  reader.for_each_ledger_line(filter, [&](const LedgerLine& l) {
    if (l.posting.account != account || l.posting.lettering) return;
    if (!auxiliary.empty() && l.posting.auxiliary != auxiliary) return;
    if (closed_year_of(years, l.date) != nullptr) return;
    items.push_back(
        OpenItem{l.posting_id, l.posting.auxiliary, l.date, l.piece_ref, l.posting.debit - l.posting.credit});
    open.emplace(l.posting_id, l);
  });
  const std::vector<std::string> used = store.lettering_codes(entity, account);
  const std::set<std::string> taken(used.begin(), used.end());
  std::string code = next_lettering_code(used);
  std::vector<LetteringGroup> groups;
  for (const auto& proposal : match_open_items(std::move(items), limits)) {
    if (!groups.empty()) {
      do code = successor(code);
      while (taken.count(code) != 0);
    }
    LetteringGroup group{account, code, Date{}, proposal.rule, {}};
    for (const auto id : proposal.ids) group.lines.push_back(open.at(id));
    group.date = latest_date(group.lines);
    store.letter(proposal.ids, LetteringMark{group.code, group.date});
    groups.push_back(std::move(group));
  }
  return groups;
}

}  // namespace comptoir
