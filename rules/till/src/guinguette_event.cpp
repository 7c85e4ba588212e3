// The checks an event passes before it is stored.
#include "core/error.hpp"
#include "till/guinguette.hpp"

namespace comptoir {

void check_event(const GuinguetteEvent& event) {
  check_tour_code(event.tour);
  if (event.commune.empty()) throw Error(ErrorKind::InvalidInput, "an event needs a commune");
  if (event.participants < 0) throw Error(ErrorKind::InvalidInput, "participants cannot be negative");
  if (event.local_partners < 0) throw Error(ErrorKind::InvalidInput, "local partners cannot be negative");
}

}  // namespace comptoir
