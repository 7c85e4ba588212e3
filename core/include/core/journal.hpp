// A journal (journal comptable): AC purchases, VE sales, BQ bank,
// CA Guinguette till, OD miscellaneous, AN opening balances (à-nouveaux).
#pragma once

#include <string>

namespace comptoir {

struct Journal {
  std::string code;
  std::string label;
};

}  // namespace comptoir
