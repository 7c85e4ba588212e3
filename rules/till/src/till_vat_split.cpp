// HT from TTC with explicit half-up rounding; VAT takes the remainder.
#include "till/till_import.hpp"

namespace comptoir {

TillVatSplit split_ttc(Money ttc, const Rational& rate) {
  const Money ht = Money::round(ttc.to_rational() / (Rational(1) + rate), RoundingMode::HalfUp);
  return {ht, ttc - ht};
}

}  // namespace comptoir
