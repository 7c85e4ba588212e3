// Cap usage keyed by rule and cap scope (see cofinancing_split.hpp).
#include "cofinancing/cofinancing_split.hpp"

namespace comptoir {

std::string CofinancingUsage::key(const CofinancingRule& rule, const std::string& commune, int year,
                                  std::int64_t prestation_id) {
  switch (rule.cap_scope) {
    case CofinancingCapScope::PerCommune:
      return rule.code + '|' + commune;
    case CofinancingCapScope::PerCommuneYear:
      return rule.code + '|' + commune + '|' + std::to_string(year);
    case CofinancingCapScope::PerPrestation:
      return rule.code + "|#" + std::to_string(prestation_id);
  }
  return rule.code;
}

Money CofinancingUsage::used(const CofinancingRule& rule, const Prestation& prestation) const {
  auto it = used_.find(key(rule, prestation.commune, prestation.date.year(), prestation.id));
  return it == used_.end() ? Money{} : it->second;
}

Money CofinancingUsage::headroom(const CofinancingRule& rule, const Prestation& prestation) const {
  const Money left = rule.cap - used(rule, prestation);
  return left.is_negative() ? Money{} : left;
}

void CofinancingUsage::record(const CofinancingRule& rule, const Prestation& prestation, Money amount) {
  used_[key(rule, prestation.commune, prestation.date.year(), prestation.id)] += amount;
}

Money CofinancingUsage::used_by(const CofinancingRule& rule, const std::string& commune, int year) const {
  if (rule.cap_scope == CofinancingCapScope::PerPrestation) return Money{};
  auto it = used_.find(key(rule, commune, year, 0));
  return it == used_.end() ? Money{} : it->second;
}

}  // namespace comptoir
