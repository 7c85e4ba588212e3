// How a prestation's price HT is split: one share per applicable funder in
// priority order, then the commune's share. The shares sum to the price.
#pragma once

#include <vector>

#include "cofinancing/cofinancing_share.hpp"
#include "core/money.hpp"

namespace comptoir {

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

}  // namespace comptoir
