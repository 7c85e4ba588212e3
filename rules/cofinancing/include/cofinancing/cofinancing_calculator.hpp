// Splits prestations' prices HT between funders and the commune: funders in
// priority order, each within its rate and the headroom its cap has left
// after the commune's earlier prestations (date order, then entry order).
#pragma once

#include <vector>

#include "cofinancing/cofinancing_rule.hpp"
#include "cofinancing/cofinancing_split.hpp"
#include "cofinancing/cofinancing_usage.hpp"
#include "cofinancing/commune.hpp"
#include "cofinancing/prestation.hpp"

namespace comptoir {

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
[[nodiscard]] std::vector<CofinancingSplit> compute_splits(std::vector<Prestation>& prestations,
                                                           const Commune& commune,
                                                           const std::vector<CofinancingRule>& rules,
                                                           CofinancingUsage& usage);

}  // namespace comptoir
