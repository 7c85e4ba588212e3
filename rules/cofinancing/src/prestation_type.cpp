// Text forms of prestation types, and the revenue account of each type in
// AT's chart.
#include <array>
#include <string>
#include <utility>

#include "cofinancing/prestation.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

constexpr std::array<std::pair<PrestationType, const char*>, 4> type_names{{
    {PrestationType::Feasibility, "feasibility"},
    {PrestationType::Recruitment, "recruitment"},
    {PrestationType::OpeningSupport, "opening-support"},
    {PrestationType::OperationSupport, "operation-support"},
}};

}  // namespace

PrestationType parse_prestation_type(std::string_view text) {
  for (const auto& [type, name] : type_names) {
    if (text == name) return type;
  }
  throw Error(ErrorKind::InvalidInput,
              "prestation type '" + std::string(text) +
                  "': expected feasibility, recruitment, opening-support or operation-support");
}

std::string to_string(PrestationType type) {
  for (const auto& [t, name] : type_names) {
    if (t == type) return name;
  }
  return "?";
}

std::string revenue_account(PrestationType type) {
  switch (type) {
    case PrestationType::Feasibility:
      return "706010";
    case PrestationType::Recruitment:
      return "706020";
    case PrestationType::OpeningSupport:
      return "706030";
    case PrestationType::OperationSupport:
      return "706040";
  }
  return "706000";
}

}  // namespace comptoir
