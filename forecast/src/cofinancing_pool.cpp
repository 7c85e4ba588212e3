// The commune pools of a funding scenario: which rules fund each class in
// each month, and what the book's communes of each class have left of
// their caps (see cofinancing_pool.hpp).
#include "cofinancing_pool.hpp"

#include <algorithm>

#include "core/date.hpp"
#include "core/error.hpp"

namespace comptoir::forecast {
namespace {

// The flags a commune class is told apart by: those the scenario names.
std::set<std::string> class_flags(const FundingScenario& s) {
  std::set<std::string> out;
  for (const auto& c : s.commune_classes) out.insert(c.flags.begin(), c.flags.end());
  return out;
}

std::set<std::string> relevant(const std::set<std::string>& flags, const std::set<std::string>& known) {
  std::set<std::string> out;
  for (const auto& f : flags) {
    if (known.contains(f)) out.insert(f);
  }
  return out;
}

}  // namespace

CofinancingPool::CofinancingPool(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                 const std::vector<CofinancingRule>& rules, int base_year, std::size_t horizon)
    : rules_(rules) {
  if (rules_.size() > 32)
    throw Error(ErrorKind::InvalidInput, "a funding projection handles at most 32 co-financing rules");
  sort_by_priority(rules_);
  for (const auto& rule : rules_) {
    rate_double_.push_back(rule.rate.convert_to<double>());
    cap_double_.push_back(rule.cap.to_rational().convert_to<double>());
    auto it = std::find(funders_.begin(), funders_.end(), rule.funder_name);
    if (it == funders_.end()) it = funders_.insert(funders_.end(), rule.funder_name);
    funder_of_rule_.push_back(static_cast<std::size_t>(it - funders_.begin()));
  }
  // The scenario's classes, then the unflagged rest of the communes.
  std::vector<CommuneClass> classes = scenario.commune_classes;
  Rational flagged = 0;
  for (const auto& c : classes) flagged += c.share;
  if (flagged < 1) classes.push_back({{}, 1 - flagged, std::nullopt});
  const std::set<std::string> known = class_flags(scenario);
  for (const auto& c : classes) {
    PoolClass pc{c.share, c.communes, {}, {}, c.share.convert_to<double>(), {}};
    const Commune projected{"PROJECTED", "projected", c.flags};
    for (std::size_t i = 0; i < horizon; ++i) {
      const Date date = Date::from_ymd(base_year + 1 + static_cast<int>(i / 12), static_cast<unsigned>(i % 12 + 1), 15);
      std::uint32_t mask = 0;
      for (std::size_t r = 0; r < rules_.size(); ++r) {
        if (rules_[r].applies_to(projected, date)) mask |= 1U << r;
      }
      pc.applies.push_back(mask);
    }
    for (const auto& commune : actuals.communes) {
      if (relevant(commune.flags, known) != c.flags) continue;
      std::vector<Money> used(rules_.size());
      for (std::size_t r = 0; r < rules_.size(); ++r) {
        // Only a cap over all of a commune's prestations carries into the
        // projected years; a yearly or per-prestation one starts afresh.
        if (rules_[r].cap_scope != CofinancingCapScope::PerCommune) continue;
        for (const auto& [code, amount] : commune.used) {
          if (code == rules_[r].code) used[r] += amount;
        }
      }
      std::vector<double> headroom;
      for (std::size_t r = 0; r < rules_.size(); ++r) {
        headroom.push_back(cap_double_[r] - used[r].to_rational().convert_to<double>());
      }
      pc.book_headroom_double.push_back(std::move(headroom));
      pc.book_used.push_back(std::move(used));
    }
    classes_.push_back(std::move(pc));
  }
}

}  // namespace comptoir::forecast
