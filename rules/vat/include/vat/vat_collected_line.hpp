// One rate of VAT collected (TVA collectée) over a return period: the base
// excluding VAT and the tax, in cents.
#pragma once

#include <string>

#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir {

struct VatCollectedLine {
  std::string rate_code;    // "20", "10", "5_5" (vat_rates.csv); "" for a 4457x account of no known rate
  Rational rate;            // 0 when unknown
  std::string label;
  std::string vat_account;  // 445711...
  Money base;               // base HT: the sales (70x) of the entries that carry this rate's VAT
  Money vat;                // credit - debit on vat_account
  // True when part of the base could not be read from a 70x posting and is
  // VAT / rate rounded half-up to the cent (an entry mixing rates on one 70x account).
  bool base_estimated = false;
};

}  // namespace comptoir
