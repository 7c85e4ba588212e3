// One row of a trial balance (balance générale): the movements of an account
// over a period. balance() = debit - credit.
#pragma once

#include <string>

#include "core/money.hpp"

namespace comptoir {

struct AccountBalance {
  std::string entity;
  std::string account;
  std::string label;
  Money debit;
  Money credit;
  [[nodiscard]] Money balance() const { return debit - credit; }
};

}  // namespace comptoir
