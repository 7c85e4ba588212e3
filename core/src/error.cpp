// Location prefixes for error messages.
#include "core/error.hpp"

namespace comptoir {

std::string at_location(const std::string& file, long line, const std::string& field) {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  if (!field.empty()) out += ": field '" + field + "'";
  return out;
}

}  // namespace comptoir
