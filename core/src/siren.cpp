#include "core/siren.hpp"

#include <algorithm>

namespace comptoir {

bool is_valid_siren(std::string_view siren) {
  if (siren.size() != 9 || !std::all_of(siren.begin(), siren.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  if (siren == "356000000") return true;  // La Poste
  int sum = 0;
  for (std::size_t i = 0; i < siren.size(); ++i) {
    int digit = siren[siren.size() - 1 - i] - '0';
    if (i % 2 == 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 == 0;
}

}  // namespace comptoir
