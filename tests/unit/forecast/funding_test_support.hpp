// Shared by the funding-mix tests: actuals shaped like the demo books of
// 2025 (the activity report's categories and figures), built by hand so
// that forecast tests need no book.
#pragma once

#include <string>

#include "forecast/base_year_actuals.hpp"

namespace comptoir::forecast::testing {

// AT and RES 2025 as planned in demo/src/demo_books.cpp; cash AT 150,000,
// RES 200,000; combined with the 48,000 interco eliminated.
[[nodiscard]] BaseYearActuals demo_actuals();

// The head of a minimal valid scenario (name, base_year 2025, years 3).
[[nodiscard]] std::string scenario_head();

}  // namespace comptoir::forecast::testing
