// One Guinguette date: the mobile bar on a commune's square for a day,
// with its attendance. At most one event per tour and day.
#pragma once

#include <cstdint>
#include <string>

#include "core/date.hpp"

namespace comptoir {

struct GuinguetteEvent {
  std::int64_t id = 0;  // store id, 0 before it is stored
  Date date;
  std::string tour;     // GuinguetteTour code
  std::string commune;
  std::int64_t participants = 0;
  std::int64_t local_partners = 0;  // partenaires locaux (associations, producers...)
};

// Throws Error(InvalidInput) for an empty commune, a bad tour code or a
// negative count.
void check_event(const GuinguetteEvent& event);

}  // namespace comptoir
