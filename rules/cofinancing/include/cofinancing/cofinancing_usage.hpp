// How much of each funder's cap is already used, per cap scope: what lets a
// later prestation of a commune see the headroom earlier ones left.
#pragma once

#include <map>
#include <string>

#include "cofinancing/cofinancing_rule.hpp"
#include "core/money.hpp"
#include "cofinancing/prestation.hpp"

namespace comptoir {

class CofinancingUsage {
 public:
  // HT already granted under `rule` in the cap scope of `prestation`.
  [[nodiscard]] Money used(const CofinancingRule& rule, const Prestation& prestation) const;
  // What `rule` may still pay for `prestation`: cap − used, never negative.
  [[nodiscard]] Money headroom(const CofinancingRule& rule, const Prestation& prestation) const;
  // Counts `amount` (HT) against the cap of `rule` for `prestation`.
  void record(const CofinancingRule& rule, const Prestation& prestation, Money amount);
  // For display: used by `commune` under `rule` (in `year` for a per-year
  // cap; nothing for a per-prestation cap).
  [[nodiscard]] Money used_by(const CofinancingRule& rule, const std::string& commune, int year) const;

 private:
  [[nodiscard]] static std::string key(const CofinancingRule& rule, const std::string& commune, int year,
                                       std::int64_t prestation_id);
  std::map<std::string, Money> used_;
};

}  // namespace comptoir
