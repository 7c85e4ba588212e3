// Tour codes end up in analytic tags, so they are plain slugs.
#include "core/error.hpp"
#include "till/guinguette.hpp"

namespace comptoir {

void check_tour_code(std::string_view code) {
  bool ok = !code.empty() && code.size() <= 40 && code.front() != '-' && code.back() != '-';
  for (char c : code) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  if (!ok) {
    throw Error(ErrorKind::InvalidInput,
                "tour code '" + std::string(code) + "': use 1 to 40 lower-case letters, digits and '-' (grand-est)");
  }
}

std::string tour_activity(std::string_view code) {
  return "guinguette-" + std::string(code);
}

}  // namespace comptoir
