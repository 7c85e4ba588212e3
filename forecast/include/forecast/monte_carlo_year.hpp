// One projected year of one scope over all Monte Carlo paths.
#pragma once

#include <cstdint>

#include "forecast/money_band.hpp"
#include "forecast/share_band.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

struct MonteCarloYear {
  int year = 0;
  MoneyBand result;
  MoneyBand cash;  // year-end
  ShareBand own_share;
  std::int64_t deficits = 0;         // paths whose result is negative
  std::int64_t below_threshold = 0;  // paths whose month-end cash dips below the threshold during the year
  std::int64_t runs = 0;

  [[nodiscard]] Rational deficit_probability() const { return runs == 0 ? Rational(0) : Rational(deficits, runs); }
  [[nodiscard]] Rational below_threshold_probability() const {
    return runs == 0 ? Rational(0) : Rational(below_threshold, runs);
  }
};

}  // namespace comptoir::forecast
