// SIREN: the 9-digit number of a French company or association in the
// Sirene register; the FEC file is named after it.
#pragma once

#include <string_view>

namespace comptoir {

// True for 9 digits passing the Luhn check (INSEE's control key), and for
// La Poste's numbers (356000000 followed by nothing: its SIREN, whose
// digit sum is a multiple of 5 instead).
[[nodiscard]] bool is_valid_siren(std::string_view siren);

}  // namespace comptoir
