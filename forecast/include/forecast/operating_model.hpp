// The café operating models of the 1000 cafés network: what kind of project
// a business plan (budget prévisionnel) describes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace comptoir::forecast {

enum class OperatingModel {
  Gerance,               // entrepreneurial: salaried or mandated manager (gérance)
  LocationGerance,       // entrepreneurial: the manager rents the business (location-gérance)
  AssociativeVolunteer,  // associative, 100 % volunteer
  AssociativeWithStaff,  // associative with paid staff
  ItinerantEphemeral,    // itinerant, a few events a year
  ItinerantSeasonal,     // itinerant, a season
};

// Scenario-file keys: "gerance", "location-gerance", "associatif-benevole",
// "associatif-salarie", "itinerant-ephemere", "itinerant-saisonnier".
[[nodiscard]] std::optional<OperatingModel> operating_model_from_key(std::string_view key);
[[nodiscard]] std::string operating_model_key(OperatingModel model);

}  // namespace comptoir::forecast
