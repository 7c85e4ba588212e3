// A VAT rate as data (rules/vat/data/vat_rates.csv): its code as it appears in
// till files (ttc_20, ttc_5_5), the exact rate and the accounts it posts to.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/rational.hpp"

namespace comptoir {

struct VatRate {
  std::string code;           // "20", "10", "5_5"
  Rational rate;              // exact: 1/5, 1/10, 11/200
  std::string sales_account;  // 707110: ventes HT at this rate
  std::string vat_account;    // 445711: TVA collectée at this rate
  std::string label;
};

// Parses "code,rate,sales_account,vat_account[,label]" CSV text with a
// header. Throws Error(InvalidInput) naming `source`, the line and the field.
[[nodiscard]] std::vector<VatRate> parse_vat_rates(std::string_view text, const std::string& source);

// The rates shipped in the binary (embedded vat_rates.csv).
[[nodiscard]] std::vector<VatRate> default_vat_rates();

// The rate with `code`, or nullptr.
[[nodiscard]] const VatRate* find_vat_rate(const std::vector<VatRate>& rates, std::string_view code);

}  // namespace comptoir
