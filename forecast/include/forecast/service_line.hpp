// A service the café hosts for others (bread depot, press, parcel relay,
// postal point): it earns a commission on the volume it handles and/or a
// fixed monthly fee; the volume itself is not the café's revenue.
#pragma once

#include <string>

#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

struct ServiceLine {
  std::string key;       // "bread_depot" | "press" | "parcel_relay" | "postal_point"
  Money daily_volume;    // sales handled per opening day (before seasonality and ramp-up)
  Rational commission;   // share of the volume kept by the café, excl. VAT
  Money monthly_fee;     // fixed remuneration per open month, excl. VAT
  Rational vat_rate;     // VAT on the commission and fee
};

}  // namespace comptoir::forecast
