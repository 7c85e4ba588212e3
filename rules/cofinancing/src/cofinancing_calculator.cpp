// The co-financing split (see cofinancing_split.hpp). Exact: rates are
// Rational, amounts Money, one explicit rounding (down) per entitlement.
#include <algorithm>

#include "cofinancing/cofinancing_split.hpp"
#include "core/error.hpp"

namespace comptoir {

Money cofinancing_entitlement(const CofinancingRule& rule, const Prestation& prestation) {
  if (rule.base == CofinancingBase::ExcludingTax) return prestation.price_ht.times(rule.rate, RoundingMode::Down);
  const Rational ttc_share = prestation.price_ttc().to_rational() * rule.rate;
  return Money::round(ttc_share / (Rational(1) + prestation.vat_rate), RoundingMode::Down);
}

CofinancingSplit compute_split(const Prestation& prestation, const Commune& commune, std::vector<CofinancingRule> rules,
                               CofinancingUsage& usage) {
  if (prestation.price_ht.is_negative()) {
    throw Error(ErrorKind::InvalidInput, "prestation price HT must not be negative");
  }
  sort_by_priority(rules);
  CofinancingSplit split;
  Money remaining = prestation.price_ht;
  for (const auto& rule : rules) {
    if (!rule.applies_to(commune, prestation.date)) continue;
    const Money wanted = std::min(cofinancing_entitlement(rule, prestation), remaining);
    const Money headroom = usage.headroom(rule, prestation);
    CofinancingShare share{rule.code, rule.funder, rule.funder_name, std::min(wanted, headroom), headroom < wanted, 0};
    usage.record(rule, prestation, share.amount);
    remaining -= share.amount;
    split.shares.push_back(std::move(share));
  }
  split.shares.push_back(CofinancingShare{"", commune.code, commune.name, remaining, false, 0});
  return split;
}

std::vector<CofinancingSplit> compute_splits(std::vector<Prestation>& prestations, const Commune& commune,
                                             const std::vector<CofinancingRule>& rules, CofinancingUsage& usage) {
  std::stable_sort(prestations.begin(), prestations.end(), comes_before);
  std::vector<CofinancingSplit> splits;
  splits.reserve(prestations.size());
  for (const auto& p : prestations) splits.push_back(compute_split(p, commune, rules, usage));
  return splits;
}

}  // namespace comptoir
