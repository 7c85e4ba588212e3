// A yearly flow between the two associations (RES re-invoices AT for shared
// staff): an expense of one and a resource of the other, visible in each
// projection and eliminated from the combined one.
#pragma once

#include <string>

#include "core/money.hpp"

namespace comptoir::forecast {

struct IntercoFlow {
  Money annual;
  std::string payer = "AT";
  std::string payer_category = "payroll";
  std::string payee = "RES";
  std::string payee_category = "recharges";
};

}  // namespace comptoir::forecast
