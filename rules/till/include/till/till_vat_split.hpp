// A till's takings at one VAT rate are TTC (tax included); the books need
// the HT sales and the VAT collected, summing back exactly to the TTC.
#pragma once

#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir {

struct TillVatSplit {
  Money ht;   // hors taxes
  Money vat;  // TVA collectée
};

// ht = round(ttc / (1 + rate), HalfUp), vat = ttc - ht: ht + vat == ttc.
[[nodiscard]] TillVatSplit split_ttc(Money ttc, const Rational& rate);

}  // namespace comptoir
