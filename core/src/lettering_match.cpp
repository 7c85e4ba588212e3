// Matching open items: exact amounts one to one, then piece references,
// then a bounded search for small sets summing to zero.
#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "core/lettering.hpp"

namespace comptoir {
namespace {

class AuxiliaryMatcher {
 public:
  AuxiliaryMatcher(std::vector<const OpenItem*> items, const MatchLimits& limits, std::vector<ProposedLettering>& out)
      : items_(std::move(items)), used_(items_.size(), false), limits_(limits), out_(out) {}

  void run() {
    match_amounts();
    match_references();
    match_sums();
    match_everything();
  }

 private:
  void propose(MatchRule rule, std::vector<std::size_t> group) {
    std::sort(group.begin(), group.end());
    ProposedLettering p;
    p.rule = rule;
    for (std::size_t i : group) {
      used_[i] = true;
      p.ids.push_back(items_[i]->id);
    }
    out_.push_back(std::move(p));
  }

  [[nodiscard]] bool open(std::size_t i) const { return !used_[i] && !items_[i]->amount.is_zero(); }

  // Rule 1: a line of the opposite amount and the same piece reference,
  // then (second pass) the oldest line of the opposite amount. Each list
  // holds its lines oldest first and is consumed from the front, so a long
  // account costs n log n, not n².
  void match_amounts() {
    std::map<std::pair<std::int64_t, std::string>, Queue> by_reference;
    std::unordered_map<std::int64_t, Queue> by_amount;
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (!open(i)) continue;
      by_amount[items_[i]->amount.cents()].push_back(i);
      if (!items_[i]->piece_ref.empty()) by_reference[{items_[i]->amount.cents(), items_[i]->piece_ref}].push_back(i);
    }
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (!open(i) || items_[i]->piece_ref.empty()) continue;
      auto found = by_reference.find({-items_[i]->amount.cents(), items_[i]->piece_ref});
      if (found == by_reference.end()) continue;
      if (const auto j = first_open(found->second, i)) propose(MatchRule::Amount, {i, *j});
    }
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (!open(i)) continue;
      auto found = by_amount.find(-items_[i]->amount.cents());
      if (found == by_amount.end()) continue;
      if (const auto j = first_open(found->second, i)) propose(MatchRule::Amount, {i, *j});
    }
  }

  // Lines oldest first, read from `next` on (the ones before are used).
  struct Queue {
    std::vector<std::size_t> lines;
    std::size_t next = 0;
    void push_back(std::size_t i) { lines.push_back(i); }
  };

  // The oldest open line of `queue` other than `other`.
  std::optional<std::size_t> first_open(Queue& queue, std::size_t other) const {
    while (queue.next < queue.lines.size() && !open(queue.lines[queue.next])) ++queue.next;
    for (std::size_t k = queue.next; k < queue.lines.size(); ++k) {
      if (queue.lines[k] != other && open(queue.lines[k])) return queue.lines[k];
    }
    return std::nullopt;
  }

  // Rule 2: the open lines of one piece reference, when they sum to zero.
  void match_references() {
    std::map<std::string, std::vector<std::size_t>> by_reference;
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (open(i) && !items_[i]->piece_ref.empty()) by_reference[items_[i]->piece_ref].push_back(i);
    }
    for (auto& [reference, group] : by_reference) {
      if (group.size() < 2) continue;
      Money sum;
      for (std::size_t i : group) sum += items_[i]->amount;
      if (sum.is_zero()) propose(MatchRule::Reference, group);
    }
  }

  // Rule 3: for each open line, the fewest lines of the other side summing
  // to its opposite (iterative deepening, oldest combinations first).
  void match_sums() {
    Queue debits;
    Queue credits;
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (open(i)) (items_[i]->amount.cents() > 0 ? debits : credits).push_back(i);
    }
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (!open(i)) continue;
      Queue& other_side = items_[i]->amount.cents() > 0 ? credits : debits;
      while (other_side.next < other_side.lines.size() && !open(other_side.lines[other_side.next])) ++other_side.next;
      std::vector<std::size_t> candidates;
      for (std::size_t k = other_side.next; k < other_side.lines.size() && candidates.size() < limits_.max_candidates;
           ++k) {
        if (open(other_side.lines[k])) candidates.push_back(other_side.lines[k]);
      }
      std::size_t steps = 0;
      std::vector<std::size_t> chosen;
      for (std::size_t size = 2; size + 1 <= limits_.max_lines && size <= candidates.size(); ++size) {
        chosen.clear();
        const std::int64_t target = -items_[i]->amount.cents();
        if (search(candidates, 0, size, target, chosen, steps)) {
          chosen.push_back(i);
          propose(MatchRule::Sum, chosen);
          break;
        }
        if (steps >= limits_.max_steps) break;
      }
    }
  }

  // Chooses `left` more candidates from `from` on whose amounts sum to
  // `rest`. The candidates all have rest's sign, so a partial sum past it
  // cannot come back.
  bool search(const std::vector<std::size_t>& candidates, std::size_t from, std::size_t left, std::int64_t rest,
              std::vector<std::size_t>& chosen, std::size_t& steps) {
    if (left == 0) return rest == 0;
    for (std::size_t c = from; c + left <= candidates.size(); ++c) {
      if (++steps > limits_.max_steps) return false;
      const std::int64_t amount = items_[candidates[c]]->amount.cents();
      const std::int64_t after = rest - amount;
      if ((rest > 0 && after < 0) || (rest < 0 && after > 0)) continue;
      chosen.push_back(candidates[c]);
      if (search(candidates, c + 1, left - 1, after, chosen, steps)) return true;
      chosen.pop_back();
    }
    return false;
  }

  // Last: every open line of the account when together they sum to zero
  // (an account settled in full by payments that match no invoice alone).
  void match_everything() {
    std::vector<std::size_t> rest;
    Money sum;
    bool debit = false;
    bool credit = false;
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (!open(i)) continue;
      rest.push_back(i);
      sum += items_[i]->amount;
      (items_[i]->amount.cents() > 0 ? debit : credit) = true;
    }
    if (debit && credit && sum.is_zero()) propose(MatchRule::Sum, rest);
  }

  std::vector<const OpenItem*> items_;
  std::vector<bool> used_;
  const MatchLimits& limits_;
  std::vector<ProposedLettering>& out_;
};

}  // namespace

std::vector<ProposedLettering> match_open_items(std::vector<OpenItem> items, const MatchLimits& limits) {
  std::sort(items.begin(), items.end(),
            [](const OpenItem& a, const OpenItem& b) { return std::tie(a.date, a.id) < std::tie(b.date, b.id); });
  std::map<std::string, std::vector<const OpenItem*>> by_auxiliary;
  for (const OpenItem& item : items) by_auxiliary[item.auxiliary].push_back(&item);
  std::vector<ProposedLettering> out;
  for (auto& [auxiliary, group] : by_auxiliary) AuxiliaryMatcher(std::move(group), limits, out).run();
  return out;
}

}  // namespace comptoir
