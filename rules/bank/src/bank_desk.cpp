// The bank desk: matches stored beside the entries.
#include "bank/bank_desk.hpp"

#include <algorithm>
#include <set>

#include "bank/bank_import.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

bool in_closed_year(const std::vector<FiscalYear>& years, Date date) {
  return std::any_of(years.begin(), years.end(), [&](const FiscalYear& y) {
    return y.status == FiscalYearStatus::Closed && y.start <= date && date <= y.end;
  });
}

}  // namespace

std::optional<Date> first_statement_day(const BankStore& store, const std::string& entity, const std::string& account) {
  std::optional<Date> first;
  bool all_dated = true;  // every statement says its first day (the import checks its lines are not before)
  for (const auto& s : store.statements(entity, account)) {
    const Date day = s.from.value_or(s.to);
    all_dated = all_dated && s.from;
    if (!first || day < *first) first = day;
  }
  if (first && !all_dated) {
    const auto lines = store.lines(entity, account, *first);
    if (!lines.empty() && lines.front().booking_date < *first) first = lines.front().booking_date;
  }
  return first;
}

void BankDesk::refuse_closed(const std::string& entity, Date date, const std::string& what) const {
  if (in_closed_year(book_.fiscal_years(entity), date)) {
    throw Error(ErrorKind::Locked, what + " is dated " + date.iso() + ", in a closed fiscal year of " + entity +
                                       ": its matching cannot change");
  }
}

BankAutoMatch BankDesk::auto_match(const std::string& entity, const std::string& account,
                                   const BankMatchingOptions& options) {
  check_bank_account(book_, entity, account);
  BankAutoMatch result;
  const auto first = first_statement_day(store_, entity, account);
  if (!first) return result;  // nothing imported
  const auto years = book_.fiscal_years(entity);
  const auto closed = [&](Date d) { return in_closed_year(years, d); };
  std::vector<BankLine> lines;
  for (auto& l : store_.lines(entity, account)) {
    if (l.match_id != 0) continue;
    ++result.lines_left;
    if (!closed(l.booking_date)) lines.push_back(std::move(l));
  }
  if (!lines.empty()) {
    // Only postings within the window of a line can pair; a posting a few
    // days before the first statement may be on it (a payment the bank
    // took the next day), though `unmatched` does not list it.
    const Date from = std::max(lines.front().booking_date, *first).plus_days(-options.window_days);
    const Date to = lines.back().booking_date.plus_days(options.window_days);
    std::vector<BankBookPosting> postings;
    for (auto& p : store_.postings_between(entity, account, from, to)) {
      if (p.match_id == 0 && p.journal != "AN" && !closed(p.date)) postings.push_back(std::move(p));
    }
    result.matches = propose_bank_matches(lines, postings, options);
    for (auto& m : result.matches) {
      m.id = store_.add_match(entity, account, m);
      result.lines_matched += m.lines.size();
      result.postings_matched += m.postings.size();
    }
  }
  result.lines_left -= result.lines_matched;
  result.postings_left = store_.unmatched_posting_count(entity, account, *first);
  return result;
}

BankMatch BankDesk::match(const std::vector<std::int64_t>& lines, const std::vector<std::int64_t>& postings) {
  if (lines.empty() || postings.empty()) throw Error(ErrorKind::InvalidInput, "a match needs a line and a posting");
  std::string entity, account;
  Money lines_total, postings_total;
  std::set<std::int64_t> seen;
  for (const auto id : lines) {
    std::string e, a;
    const auto line = store_.line(id, &e, &a);
    if (!line) throw Error(ErrorKind::NotFound, "no statement line " + std::to_string(id));
    if (!seen.insert(id).second) throw Error(ErrorKind::InvalidInput, "line " + std::to_string(id) + " is named twice");
    if (entity.empty()) {
      entity = e;
      account = a;
    } else if (e != entity || a != account) {
      throw Error(ErrorKind::InvalidInput,
                  "line " + std::to_string(id) + " is of " + e + " " + a + ", not " + entity + " " + account);
    }
    if (line->match_id != 0) {
      throw Error(ErrorKind::InvalidInput, "line " + std::to_string(id) + " is already matched (match " +
                                               std::to_string(line->match_id) + "); unmatch it first");
    }
    refuse_closed(entity, line->booking_date, "line " + std::to_string(id));
    lines_total += line->amount;
  }
  seen.clear();
  for (const auto id : postings) {
    std::string e, a;
    const auto posting = store_.posting(id, &e, &a);
    if (!posting) throw Error(ErrorKind::NotFound, "no validated posting " + std::to_string(id));
    if (!seen.insert(id).second)
      throw Error(ErrorKind::InvalidInput, "posting " + std::to_string(id) + " is named twice");
    if (e != entity || a != account) {
      throw Error(ErrorKind::InvalidInput, "posting " + std::to_string(id) + " (" + posting->reference + ") is on " +
                                               e + " " + a + ", not on " + entity + " " + account);
    }
    if (posting->match_id != 0) {
      throw Error(ErrorKind::InvalidInput, "posting " + std::to_string(id) + " is already matched (match " +
                                               std::to_string(posting->match_id) + ")");
    }
    refuse_closed(entity, posting->date, "posting " + std::to_string(id));
    postings_total += posting->amount;
  }
  if (lines_total != postings_total) {
    throw Error(ErrorKind::InvalidInput, "the lines sum to " + lines_total.to_string() + " and the postings to " +
                                             postings_total.to_string() + ": a match needs equal sums");
  }
  BankMatch m{0, lines, postings, false};
  m.id = store_.add_match(entity, account, m);
  return m;
}

BankMatch BankDesk::unmatch(std::int64_t line_id) {
  std::string entity, account;
  const auto line = store_.line(line_id, &entity, &account);
  if (!line) throw Error(ErrorKind::NotFound, "no statement line " + std::to_string(line_id));
  if (line->match_id == 0) throw Error(ErrorKind::InvalidInput, "line " + std::to_string(line_id) + " is not matched");
  const auto m = store_.match(line->match_id);
  if (!m) throw Error(ErrorKind::Internal, "match " + std::to_string(line->match_id) + " is missing");
  for (const auto id : m->lines) {
    const auto l = store_.line(id);
    if (l) refuse_closed(entity, l->booking_date, "line " + std::to_string(id));
  }
  for (const auto id : m->postings) {
    std::string e, a;
    const auto p = store_.posting(id, &e, &a);
    if (p) refuse_closed(entity, p->date, "posting " + std::to_string(id));
  }
  store_.remove_match(m->id);
  return *m;
}

BankUnmatched BankDesk::unmatched(const std::string& entity, const std::string& account, std::optional<Date> to) const {
  check_bank_account(book_, entity, account);
  BankUnmatched out;
  const auto first = first_statement_day(store_, entity, account);
  for (auto& line : store_.lines(entity, account, to)) {
    if (line.match_id == 0) out.lines.push_back(std::move(line));
  }
  if (!first) return out;
  for (auto& p : store_.postings(entity, account, to)) {
    if (p.match_id == 0 && p.date >= *first && p.journal != "AN") out.postings.push_back(std::move(p));
  }
  return out;
}

}  // namespace comptoir
