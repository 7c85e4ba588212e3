// The amount a co-financing rate applies to: the price before tax (HT) or
// with VAT (TTC). Shares are always expressed and capped in HT.
#pragma once

#include <string>
#include <string_view>

namespace comptoir {

enum class CofinancingBase {
  ExcludingTax,  // HT: rate × price HT
  IncludingTax,  // TTC: rate × price TTC, brought back to HT (÷ (1 + VAT rate))
};

// "ht" | "ttc" (any case); throws Error(InvalidInput).
[[nodiscard]] CofinancingBase parse_cofinancing_base(std::string_view text);
[[nodiscard]] std::string to_string(CofinancingBase base);

}  // namespace comptoir
