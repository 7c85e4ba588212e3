// One line of a loan's amortisation schedule (tableau d'amortissement).
#pragma once

#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir::forecast {

struct LoanInstalment {
  int number = 0;       // 1-based
  Date due;             // last day of the month it is paid
  Money payment;        // interest + principal
  Money interest;
  Money principal;
  Money balance_after;  // capital restant dû
};

}  // namespace comptoir::forecast
