// An association that keeps its own books: AT (Action Territoriale,
// VAT-liable) or RES (Réseau 1000 cafés, not VAT-liable); more can be added.
#pragma once

#include <string>

namespace comptoir {

struct Entity {
  std::string code;   // "AT", "RES"
  std::string name;   // "Action Territoriale"
  std::string siren;  // 9 digits, used in the FEC file name
  bool vat_liable = false;
};

}  // namespace comptoir
