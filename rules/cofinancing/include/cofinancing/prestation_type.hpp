// The four kinds of paid support Action Territoriale sells to communes, each
// with its own revenue account (706010..706040).
#pragma once

#include <string>
#include <string_view>

namespace comptoir {

enum class PrestationType {
  Feasibility,       // étude de préfiguration: 706010
  Recruitment,       // recrutement de gérant: 706020
  OpeningSupport,    // accompagnement à l'ouverture: 706030
  OperationSupport,  // accompagnement au fonctionnement: 706040
};

// "feasibility" | "recruitment" | "opening-support" | "operation-support";
// throws Error(InvalidInput).
[[nodiscard]] PrestationType parse_prestation_type(std::string_view text);
[[nodiscard]] std::string to_string(PrestationType type);
// The AT revenue account credited by invoices of this type.
[[nodiscard]] std::string revenue_account(PrestationType type);

}  // namespace comptoir
