// A commune (collectivité) that buys prestations: its auxiliary account
// under 411000 in AT and the eligibility flags co-financing rules ask for
// (villages-d-avenir, fonds-commerce-rural...).
#pragma once

#include <set>
#include <string>

namespace comptoir {

struct Commune {
  std::string code;  // auxiliary account code, "COM-VILLERS"
  std::string name;  // "Commune de Villers"
  std::set<std::string> flags;

  [[nodiscard]] bool has_flag(const std::string& flag) const { return flags.contains(flag); }
};

}  // namespace comptoir
