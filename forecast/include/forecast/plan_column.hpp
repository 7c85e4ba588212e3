// A column of a rendered plan table: a stable key for CSV/JSON and a
// localised heading for text.
#pragma once

#include <string>

namespace comptoir::forecast {

struct PlanColumn {
  std::string key;
  std::string heading;
  bool numeric = false;  // right-aligned in text
};

}  // namespace comptoir::forecast
