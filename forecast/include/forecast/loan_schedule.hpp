// A loan of a café plan and its amortisation schedule (tableau
// d'amortissement): the loan as the scenario gives it, each instalment, and
// how the schedule is computed. Its own header because the schedule is
// computed and shown loan by loan (compute_loan_schedule is used alone too).
//
// Rounding: the monthly rate is r = annual_rate / 12 (exact). The payment
// P·r / (1 − (1+r)^−n) is computed in Rational, (1+r)^n by repeated squaring
// truncated to 40 decimals at each step, then rounded half-up to the cent.
// Each month's interest is balance·r rounded half-up; the principal is the
// payment minus the interest; the last instalment repays the remaining
// balance exactly (its payment is adjusted), so principals sum to the loan.
#pragma once

#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

// A loan taken at the start of the plan and repaid by constant monthly
// instalments (annuités constantes). A 0 % rate is allowed (prêt d'honneur).
struct Loan {
  std::string label;
  Money principal;
  Rational annual_rate;  // nominal yearly rate; the monthly rate is annual_rate / 12
  int months = 0;        // term; first instalment at the end of the first plan month
};

// One line of the schedule.
struct LoanInstalment {
  int number = 0;  // 1-based
  Date due;        // last day of the month it is paid
  Money payment;   // interest + principal
  Money interest;
  Money principal;
  Money balance_after;  // capital restant dû
};

struct LoanSchedule {
  std::string label;
  Money principal;
  Money monthly_payment;  // the constant payment (the last one may differ)
  Money total_interest;
  std::vector<LoanInstalment> instalments;
};

// Throws Error(InvalidInput) for a non-positive term, negative principal or rate.
[[nodiscard]] LoanSchedule compute_loan_schedule(const Loan& loan, Date first_month);

}  // namespace comptoir::forecast
