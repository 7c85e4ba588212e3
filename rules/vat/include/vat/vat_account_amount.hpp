// A VAT account and its movement over a period (debit - credit, in cents).
#pragma once

#include <string>

#include "core/money.hpp"

namespace comptoir {

struct VatAccountAmount {
  std::string account;
  Money amount;  // debit - credit
};

}  // namespace comptoir
