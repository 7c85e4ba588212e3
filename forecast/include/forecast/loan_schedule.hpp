// A loan's amortisation schedule with constant monthly payments.
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

#include "forecast/loan.hpp"
#include "forecast/loan_instalment.hpp"
#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir::forecast {

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
