// The display rule for category shares: whole percent, half-up.
#include "reports/category_row.hpp"

namespace comptoir {

int whole_percent_half_up(const Rational& share) {
  Rational hundredfold = abs(share) * 100;
  BigInt numerator = boost::multiprecision::numerator(hundredfold);
  BigInt denominator = boost::multiprecision::denominator(hundredfold);
  // floor(y + 1/2) for y = n/d >= 0: (2n + d) div 2d.
  BigInt rounded = (2 * numerator + denominator) / (2 * denominator);
  int percent = rounded.convert_to<int>();
  return share < 0 ? -percent : percent;
}

int CategoryRow::percent() const {
  return whole_percent_half_up(share);
}

}  // namespace comptoir
