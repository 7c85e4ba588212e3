// One row of the balance by analytic tag: validated postings carrying
// key=value, summed.
#pragma once

#include <string>

#include "core/money.hpp"

namespace comptoir {

struct TagBalanceRow {
  std::string key;    // activity, grant, commune, event...
  std::string value;  // guinguette-grand-est, ANCT-2025...
  Money debit;
  Money credit;
  [[nodiscard]] Money balance() const { return debit - credit; }
};

}  // namespace comptoir
