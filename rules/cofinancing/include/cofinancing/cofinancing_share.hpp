// One payer's part of a prestation's price HT: a funder under a rule, or
// the commune's remaining share (reste à charge).
#pragma once

#include <cstdint>
#include <string>

#include "core/money.hpp"

namespace comptoir {

struct CofinancingShare {
  std::string rule;       // rule code; empty for the commune's share
  std::string payer;      // auxiliary account billed: funder or commune code
  std::string payer_name;
  Money amount;           // HT, >= 0
  bool cap_reached = false;  // the funder's cap headroom limited this share
  std::int64_t transaction_id = 0;  // its invoice once posted

  [[nodiscard]] bool is_commune() const { return rule.empty(); }
};

}  // namespace comptoir
