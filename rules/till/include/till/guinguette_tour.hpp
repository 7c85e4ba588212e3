// A Guinguette tour (grand-est, picardie, ...): the itinerary a mobile bar
// follows for a season. Tours are data in the book; more can be added.
#pragma once

#include <string>
#include <string_view>

namespace comptoir {

struct GuinguetteTour {
  std::string code;   // slug used in tags: activity=guinguette-<code>
  std::string label;  // "Grand Est"
};

// Throws Error(InvalidInput) unless `code` is 1-40 characters of a-z, 0-9
// and '-' (it becomes part of an analytic tag).
void check_tour_code(std::string_view code);

// "guinguette-grand-est": the activity tag of a tour's postings.
[[nodiscard]] std::string tour_activity(std::string_view code);

}  // namespace comptoir
