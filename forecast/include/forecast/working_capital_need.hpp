// The working-capital need of one plan year (besoin en fonds de roulement),
// from stock, customer and supplier days over a 360-day year; each part
// rounded half-up to the cent.
#pragma once

#include "core/money.hpp"

namespace comptoir::forecast {

struct WorkingCapitalNeed {
  Money stock;        // purchases excl. VAT × stock days / 360
  Money receivables;  // sales incl. VAT × customer days / 360
  Money payables;     // purchases incl. VAT × supplier days / 360
  Money need;         // stock + receivables − payables
};

}  // namespace comptoir::forecast
