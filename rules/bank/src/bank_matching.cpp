// Automatic matching of statement lines with postings.
#include "bank/bank_matching.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <set>
#include <unordered_map>

namespace comptoir {
namespace {

std::set<std::string> words(const std::string& a, const std::string& b) {
  std::set<std::string> out;
  std::string word;
  const auto flush = [&] {
    const bool digits = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c));
    });
    if (word.size() >= 3 || (digits && word.size() >= 2)) out.insert(word);
    word.clear();
  };
  for (const std::string* s : {&a, &b}) {
    for (const char c : *s) {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        word += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      } else {
        flush();
      }
    }
    flush();
  }
  return out;
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

struct Pair {
  std::size_t line;
  std::size_t posting;
  int similarity;
  int distance;
};

int distance(Date a, Date b) {
  return std::abs(a.days() - b.days());
}

// Sets of 2..max_group of `candidates` (indexes) whose amounts sum to
// `target`; stops at two (two sets = ambiguous).
template <typename AmountOf>
std::vector<std::vector<std::size_t>> subsets_summing(const std::vector<std::size_t>& candidates, Money target,
                                                      int max_group, AmountOf amount_of) {
  std::vector<std::vector<std::size_t>> found;
  std::vector<std::size_t> chosen;
  std::function<void(std::size_t, Money)> walk = [&](std::size_t from, Money sum) {
    if (found.size() >= 2) return;
    if (chosen.size() >= 2 && sum == target) {
      found.push_back(chosen);
      return;
    }
    if (static_cast<int>(chosen.size()) >= max_group) return;
    for (std::size_t i = from; i < candidates.size(); ++i) {
      chosen.push_back(candidates[i]);
      walk(i + 1, sum + amount_of(candidates[i]));
      chosen.pop_back();
      if (found.size() >= 2) return;
    }
  };
  walk(0, Money{});
  return found;
}

}  // namespace

int bank_label_similarity(const BankLine& line, const BankBookPosting& posting) {
  const auto a = words(line.label, line.reference);
  const auto b = words(posting.label, posting.piece_ref);
  int shared = 0;
  for (const auto& w : a) shared += b.count(w) ? 1 : 0;
  if (posting.piece_ref.size() >= 3) {
    const std::string piece = upper(posting.piece_ref);
    if (upper(line.label).find(piece) != std::string::npos || upper(line.reference).find(piece) != std::string::npos) {
      shared += 10;
    }
  }
  return shared;
}

std::vector<BankMatch> propose_bank_matches(const std::vector<BankLine>& lines,
                                            const std::vector<BankBookPosting>& postings,
                                            const BankMatchingOptions& options) {
  std::vector<BankMatch> out;
  std::vector<bool> line_used(lines.size()), posting_used(postings.size());
  // 1. One to one: every candidate pair, best first, taken while both are free.
  std::unordered_map<std::int64_t, std::vector<std::size_t>> by_amount;
  for (std::size_t p = 0; p < postings.size(); ++p) by_amount[postings[p].amount.cents()].push_back(p);
  std::vector<Pair> pairs;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const auto it = by_amount.find(lines[l].amount.cents());
    if (it == by_amount.end()) continue;
    for (const std::size_t p : it->second) {
      const int d = distance(lines[l].booking_date, postings[p].date);
      if (d > options.window_days) continue;
      pairs.push_back({l, p, bank_label_similarity(lines[l], postings[p]), d});
    }
  }
  std::sort(pairs.begin(), pairs.end(), [&](const Pair& a, const Pair& b) {
    if (a.similarity != b.similarity) return a.similarity > b.similarity;
    if (a.distance != b.distance) return a.distance < b.distance;
    if (lines[a.line].booking_date != lines[b.line].booking_date)
      return lines[a.line].booking_date < lines[b.line].booking_date;
    if (a.line != b.line) return a.line < b.line;
    return a.posting < b.posting;
  });
  for (const Pair& pair : pairs) {
    if (line_used[pair.line] || posting_used[pair.posting]) continue;
    line_used[pair.line] = posting_used[pair.posting] = true;
    out.push_back({0, {lines[pair.line].id}, {postings[pair.posting].id}, true});
  }
  // Indexes of the free items by date, for the windows of the groups.
  std::vector<std::size_t> free_postings, free_lines;
  for (std::size_t p = 0; p < postings.size(); ++p) {
    if (!posting_used[p]) free_postings.push_back(p);
  }
  for (std::size_t l = 0; l < lines.size(); ++l) {
    if (!line_used[l]) free_lines.push_back(l);
  }
  const auto by_posting_date = [&](std::size_t a, std::size_t b) { return postings[a].date < postings[b].date; };
  const auto by_line_date = [&](std::size_t a, std::size_t b) { return lines[a].booking_date < lines[b].booking_date; };
  std::stable_sort(free_postings.begin(), free_postings.end(), by_posting_date);
  std::stable_sort(free_lines.begin(), free_lines.end(), by_line_date);
  // The free items of the other side within the window of `date`, of the
  // same sign as `amount` and smaller, nearest first.
  const auto near = [&](const std::vector<std::size_t>& pool, const std::vector<bool>& used, auto date_of,
                        auto amount_of, Date date, Money amount) {
    std::vector<std::size_t> found;
    const auto first = std::lower_bound(pool.begin(), pool.end(), date.plus_days(-options.window_days),
                                        [&](std::size_t i, Date d) { return date_of(i) < d; });
    for (auto it = first; it != pool.end() && date_of(*it) <= date.plus_days(options.window_days); ++it) {
      const Money a = amount_of(*it);
      if (used[*it] || a.is_zero() || a.is_negative() != amount.is_negative()) continue;
      if (amount.is_negative() ? a < amount : a > amount) continue;
      found.push_back(*it);
    }
    std::stable_sort(found.begin(), found.end(), [&](std::size_t a, std::size_t b) {
      return distance(date_of(a), date) < distance(date_of(b), date);
    });
    if (static_cast<int>(found.size()) > options.max_candidates)
      found.resize(static_cast<std::size_t>(options.max_candidates));
    std::sort(found.begin(), found.end());
    return found;
  };
  const auto posting_date = [&](std::size_t i) { return postings[i].date; };
  const auto posting_amount = [&](std::size_t i) { return postings[i].amount; };
  const auto line_date = [&](std::size_t i) { return lines[i].booking_date; };
  const auto line_amount = [&](std::size_t i) { return lines[i].amount; };
  // 2. One line, several postings.
  for (const std::size_t l : free_lines) {
    if (line_used[l]) continue;
    const auto candidates =
        near(free_postings, posting_used, posting_date, posting_amount, lines[l].booking_date, lines[l].amount);
    const auto sets = subsets_summing(candidates, lines[l].amount, options.max_group, posting_amount);
    if (sets.size() != 1) continue;
    BankMatch m{0, {lines[l].id}, {}, true};
    line_used[l] = true;
    for (const std::size_t p : sets.front()) {
      posting_used[p] = true;
      m.postings.push_back(postings[p].id);
    }
    out.push_back(std::move(m));
  }
  // 3. Several lines, one posting.
  for (const std::size_t p : free_postings) {
    if (posting_used[p]) continue;
    const auto candidates = near(free_lines, line_used, line_date, line_amount, postings[p].date, postings[p].amount);
    const auto sets = subsets_summing(candidates, postings[p].amount, options.max_group, line_amount);
    if (sets.size() != 1) continue;
    BankMatch m{0, {}, {postings[p].id}, true};
    posting_used[p] = true;
    for (const std::size_t l : sets.front()) {
      line_used[l] = true;
      m.lines.push_back(lines[l].id);
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace comptoir
