// Constant-annuity amortisation schedules, computed exactly (see the
// rounding rules in loan_schedule.hpp).
#include "forecast/loan_schedule.hpp"

#include "core/error.hpp"
#include "fast_rate.hpp"

namespace comptoir::forecast {
namespace {

// 10^40: the fixed precision of the power (far below a cent on any loan).
const BigInt& power_scale() {
  static const BigInt scale = boost::multiprecision::pow(BigInt(10), 40);
  return scale;
}

Rational truncated(const Rational& x) {
  BigInt q = boost::multiprecision::numerator(x) * power_scale() / boost::multiprecision::denominator(x);
  return Rational(q, power_scale());
}

// base^n by repeated squaring, truncated to 40 decimals after each product.
Rational fixed_precision_power(const Rational& base, int n) {
  Rational result = 1;
  Rational square = base;
  for (int e = n; e > 0; e /= 2) {
    if (e % 2 == 1) result = truncated(result * square);
    if (e > 1) square = truncated(square * square);
  }
  return result;
}

Money constant_payment(Money principal, const Rational& monthly_rate, int months) {
  if (monthly_rate == 0) return Money::round(principal.to_rational() / months, RoundingMode::HalfUp);
  Rational growth = fixed_precision_power(1 + monthly_rate, months);
  return Money::round(principal.to_rational() * monthly_rate * growth / (growth - 1), RoundingMode::HalfUp);
}

}  // namespace

LoanSchedule compute_loan_schedule(const Loan& loan, Date first_month) {
  if (loan.months <= 0) throw Error(ErrorKind::InvalidInput, "loan '" + loan.label + "': the term must be positive");
  if (loan.principal.is_negative() || loan.annual_rate < 0) {
    throw Error(ErrorKind::InvalidInput, "loan '" + loan.label + "': negative principal or rate");
  }
  const Rational monthly_rate = loan.annual_rate / 12;
  LoanSchedule schedule{
      loan.label, loan.principal, constant_payment(loan.principal, monthly_rate, loan.months), {}, {}};
  schedule.instalments.reserve(static_cast<std::size_t>(loan.months));
  const FastRate rate(monthly_rate);
  Money balance = loan.principal;
  for (int k = 1; k <= loan.months; ++k) {
    LoanInstalment line;
    line.number = k;
    line.due = first_month.plus_months(k - 1).end_of_month();
    line.interest = rate.times_half_up(balance);
    line.principal = schedule.monthly_payment - line.interest;
    if (k == loan.months || line.principal > balance) line.principal = balance;
    if (line.principal.is_negative()) line.principal = Money();
    line.payment = line.interest + line.principal;
    balance -= line.principal;
    line.balance_after = balance;
    schedule.total_interest += line.interest;
    schedule.instalments.push_back(line);
  }
  return schedule;
}

}  // namespace comptoir::forecast
