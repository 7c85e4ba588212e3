// Splitting a prestation's price HT between its funders and the commune:
// the shares, the split they make, the cap usage that carries from one
// prestation to the next, and the calculator that applies the rules.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "cofinancing/cofinancing_rule.hpp"
#include "cofinancing/prestation.hpp"
#include "core/money.hpp"

namespace comptoir {

// One payer's part of a prestation's price HT: a funder under a rule, or
// the commune's remaining share (reste à charge).
struct CofinancingShare {
  std::string rule;   // rule code; empty for the commune's share
  std::string payer;  // auxiliary account billed: funder or commune code
  std::string payer_name;
  Money amount;                     // HT, >= 0
  bool cap_reached = false;         // the funder's cap headroom limited this share
  std::int64_t transaction_id = 0;  // its invoice once posted

  [[nodiscard]] bool is_commune() const { return rule.empty(); }
};

// How a prestation's price HT is split: one share per applicable funder in
// priority order, then the commune's share. The shares sum to the price.
struct CofinancingSplit {
  std::vector<CofinancingShare> shares;  // funders first, the commune last

  [[nodiscard]] Money total() const {
    Money t;
    for (const auto& s : shares) t += s.amount;
    return t;
  }
  [[nodiscard]] bool cap_reached() const {
    for (const auto& s : shares) {
      if (s.cap_reached) return true;
    }
    return false;
  }
  // Same payers and amounts (transaction ids ignored).
  [[nodiscard]] bool same_amounts(const CofinancingSplit& other) const {
    if (shares.size() != other.shares.size()) return false;
    for (std::size_t i = 0; i < shares.size(); ++i) {
      if (shares[i].rule != other.shares[i].rule || shares[i].payer != other.shares[i].payer ||
          shares[i].amount != other.shares[i].amount) {
        return false;
      }
    }
    return true;
  }
};

// How much of each funder's cap is already used, per cap scope: what lets a
// later prestation of a commune see the headroom earlier ones left.
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

// Splits prestations' prices HT between funders and the commune: funders in
// priority order, each within its rate and the headroom its cap has left
// after the commune's earlier prestations (date order, then entry order).

// A funder's entitlement before caps, in HT cents, rounded down (a funder
// never pays more than its rate): base HT: rate × price HT; base TTC:
// rate × price TTC ÷ (1 + VAT rate), the TTC share brought back to HT
// exactly before the one rounding.
[[nodiscard]] Money cofinancing_entitlement(const CofinancingRule& rule, const Prestation& prestation);

// The split of one prestation of `commune`; `rules` in any order. Records
// the funders' shares in `usage`. Each funder gets min(entitlement, what is
// left of the price, cap headroom); the commune pays the rest, so the
// shares sum to the price exactly. Rules that do not apply (dates,
// eligibility flag) get no share; applicable ones may get a zero share,
// marked cap_reached when the cap is why.
[[nodiscard]] CofinancingSplit compute_split(const Prestation& prestation, const Commune& commune,
                                             std::vector<CofinancingRule> rules, CofinancingUsage& usage);

// The splits of all `prestations` of `commune`, consumed in date then entry
// order; returned in that order, with the final usage in `usage`.
[[nodiscard]] std::vector<CofinancingSplit> compute_splits(std::vector<Prestation>& prestations, const Commune& commune,
                                                           const std::vector<CofinancingRule>& rules,
                                                           CofinancingUsage& usage);

}  // namespace comptoir
