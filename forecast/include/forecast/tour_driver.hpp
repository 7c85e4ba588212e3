// A Guinguette tour: dates per year × takings HT per date, sold in the
// season's months; drinks bought at (1 - margin) of the takings. A tour
// may start or stop at a date (a new tour is a tour with `from`).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace comptoir::forecast {

struct TourDriver {
  std::string name;
  std::string entity = "AT";
  std::size_t dates = 0;         // driver: dates per year
  std::size_t takings = 0;       // driver: takings HT per date, euros
  std::size_t margin = 0;        // driver: gross margin rate
  std::size_t growth = 0;        // driver: yearly growth of takings per date
  std::vector<unsigned> months;  // season, 1-12 (empty: May to September)
  std::optional<Date> from;      // first day of the tour (none: already running)
  std::optional<Date> to;        // last day (none: open-ended)
  std::string where;             // "<file>:<line>: key '<table>'": for errors found against the book
};

}  // namespace comptoir::forecast
