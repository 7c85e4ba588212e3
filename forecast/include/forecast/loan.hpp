// A loan taken at the start of the plan and repaid by constant monthly
// instalments (annuités constantes). A 0 % rate is allowed (prêt d'honneur).
#pragma once

#include <string>

#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

struct Loan {
  std::string label;
  Money principal;
  Rational annual_rate;  // nominal yearly rate; the monthly rate is annual_rate / 12
  int months = 0;        // term; first instalment at the end of the first plan month
};

}  // namespace comptoir::forecast
