// Account number rules.
#include <algorithm>
#include <cctype>

#include "core/chart.hpp"

namespace comptoir {

bool is_valid_account_number(std::string_view number) {
  if (number.size() < 6 || number.size() > 12) return false;
  if (number[0] < '1' || number[0] > '8') return false;
  return std::all_of(number.begin(), number.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace comptoir
