// A funding-mix projection for one scope: the base year, then each year.
#pragma once

#include <string>
#include <vector>

#include "forecast/scope_year.hpp"

namespace comptoir::forecast {

inline constexpr const char* combined_scope = "ALL";

struct ScopeProjection {
  std::string scope;             // "AT", "RES", or combined_scope
  std::vector<ScopeYear> years;  // base year first
};

}  // namespace comptoir::forecast
