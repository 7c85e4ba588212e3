// How a FEC import runs: the validation date for lines without ValidDate
// and an optional progress callback for the CLI's progress bar.
#pragma once

#include <cstddef>
#include <functional>

#include "core/date.hpp"

namespace comptoir {

struct FecImportOptions {
  // Validation date of the entries whose ValidDate is blank or absent.
  Date validation_date;
  // Called with (entries posted, total entries), at most about 100 times,
  // the last time with done == total. May be empty.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

}  // namespace comptoir
