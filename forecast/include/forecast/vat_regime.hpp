// How a café accounts for VAT (régime de TVA): it decides whether figures are
// excluding VAT and when VAT is paid to the state in the cash plan.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace comptoir::forecast {

enum class VatRegime {
  Franchise,      // franchise en base: no VAT collected, none deducted
  RealMonthly,    // réel, monthly return: month m's VAT is paid in month m+1
  RealQuarterly,  // réel, quarterly return: a calendar quarter's VAT is paid the month after
};

// Keys "franchise", "reel-mensuel", "reel-trimestriel".
[[nodiscard]] std::optional<VatRegime> vat_regime_from_key(std::string_view key);
[[nodiscard]] std::string vat_regime_key(VatRegime regime);

}  // namespace comptoir::forecast
