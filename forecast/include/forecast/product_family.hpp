// One family of goods the café sells (drinks, food, grocery): average spend
// per customer and the gross margin it leaves.
#pragma once

#include <string>

#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

struct ProductFamily {
  std::string key;           // "drinks" | "food" | "grocery"
  Money ticket;              // average spend per customer of the café on this family, incl. VAT (TTC)
  Rational gross_margin;     // (sales − cost of goods) / sales, sales excl. VAT (franchise: as booked)
  Rational vat_rate;         // e.g. 1/5 for 20 %
};

}  // namespace comptoir::forecast
