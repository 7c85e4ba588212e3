// Scenario-file keys of the café operating models and VAT regimes.
#include <array>
#include <utility>

#include "forecast/cafe_plan_scenario.hpp"

namespace comptoir::forecast {
namespace {

constexpr std::array<std::pair<OperatingModel, std::string_view>, 6> model_keys{{
    {OperatingModel::Gerance, "gerance"},
    {OperatingModel::LocationGerance, "location-gerance"},
    {OperatingModel::AssociativeVolunteer, "associatif-benevole"},
    {OperatingModel::AssociativeWithStaff, "associatif-salarie"},
    {OperatingModel::ItinerantEphemeral, "itinerant-ephemere"},
    {OperatingModel::ItinerantSeasonal, "itinerant-saisonnier"},
}};

constexpr std::array<std::pair<VatRegime, std::string_view>, 3> vat_keys{{
    {VatRegime::Franchise, "franchise"},
    {VatRegime::RealMonthly, "reel-mensuel"},
    {VatRegime::RealQuarterly, "reel-trimestriel"},
}};

}  // namespace

std::optional<OperatingModel> operating_model_from_key(std::string_view key) {
  for (const auto& [model, name] : model_keys) {
    if (name == key) return model;
  }
  return std::nullopt;
}

std::string operating_model_key(OperatingModel model) {
  for (const auto& [m, name] : model_keys) {
    if (m == model) return std::string(name);
  }
  return "?";
}

std::optional<VatRegime> vat_regime_from_key(std::string_view key) {
  for (const auto& [regime, name] : vat_keys) {
    if (name == key) return regime;
  }
  return std::nullopt;
}

std::string vat_regime_key(VatRegime regime) {
  for (const auto& [r, name] : vat_keys) {
    if (r == regime) return std::string(name);
  }
  return "?";
}

}  // namespace comptoir::forecast
