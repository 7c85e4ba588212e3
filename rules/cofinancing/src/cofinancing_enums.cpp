// Text forms of the co-financing enums, as stored in the book and typed on
// the command line.
#include <string>

#include "cofinancing/cofinancing_base.hpp"
#include "cofinancing/cofinancing_cap_scope.hpp"
#include "core/error.hpp"

namespace comptoir {

CofinancingCapScope parse_cofinancing_cap_scope(std::string_view text) {
  if (text == "commune") return CofinancingCapScope::PerCommune;
  if (text == "prestation") return CofinancingCapScope::PerPrestation;
  if (text == "commune-year") return CofinancingCapScope::PerCommuneYear;
  throw Error(ErrorKind::InvalidInput,
              "cap scope '" + std::string(text) + "': expected commune, prestation or commune-year");
}

std::string to_string(CofinancingCapScope scope) {
  switch (scope) {
    case CofinancingCapScope::PerCommune: return "commune";
    case CofinancingCapScope::PerPrestation: return "prestation";
    case CofinancingCapScope::PerCommuneYear: return "commune-year";
  }
  return "?";
}

CofinancingBase parse_cofinancing_base(std::string_view text) {
  if (text == "ht" || text == "HT") return CofinancingBase::ExcludingTax;
  if (text == "ttc" || text == "TTC") return CofinancingBase::IncludingTax;
  throw Error(ErrorKind::InvalidInput, "base '" + std::string(text) + "': expected ht or ttc");
}

std::string to_string(CofinancingBase base) { return base == CofinancingBase::ExcludingTax ? "ht" : "ttc"; }

}  // namespace comptoir
