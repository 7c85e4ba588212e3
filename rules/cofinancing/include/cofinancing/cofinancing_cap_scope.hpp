// What a co-financing cap counts: the funder's shares for one collectivité
// over all its prestations, for each prestation alone, or for one
// collectivité within a calendar year.
#pragma once

#include <string>
#include <string_view>

namespace comptoir {

enum class CofinancingCapScope {
  PerCommune,      // "commune": cumulative over all of the commune's prestations
  PerPrestation,   // "prestation": each prestation on its own
  PerCommuneYear,  // "commune-year": per commune and calendar year of the prestation
};

// "commune" | "prestation" | "commune-year"; throws Error(InvalidInput).
[[nodiscard]] CofinancingCapScope parse_cofinancing_cap_scope(std::string_view text);
[[nodiscard]] std::string to_string(CofinancingCapScope scope);

}  // namespace comptoir
