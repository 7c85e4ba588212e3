// One bar of a tornado chart: a driver moved to its low and high values
// (P5 and P95 of its distribution; not renewed / renewed for a renewal)
// with every other driver at its base value.
#pragma once

#include <string>

#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

struct SensitivityRow {
  std::string key;  // scenario key of the driver
  std::string label;
  std::string label_en;
  Rational low;  // driver value, rounded to 1e-6 from the double quantile
  Rational high;
  Money at_low;  // the metric with the driver low
  Money at_high;

  // |at_high - at_low|: what the rows are sorted by.
  [[nodiscard]] Money swing() const { return at_high > at_low ? at_high - at_low : at_low - at_high; }
};

}  // namespace comptoir::forecast
