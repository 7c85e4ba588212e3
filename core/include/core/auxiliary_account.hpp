// An auxiliary (third-party) account: a commune, supplier, funder or the
// other association, hanging under a collective account such as 411, 401,
// 441 or 467 (the FEC's CompAuxNum / CompAuxLib).
#pragma once

#include <string>

namespace comptoir {

struct AuxiliaryAccount {
  std::string code;            // "COM-VILLERS", "F-ANCT"
  std::string label;           // "Commune de Villers"
  std::string parent_account;  // collective account, e.g. "411000"
};

}  // namespace comptoir
