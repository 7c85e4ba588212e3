// Shared helpers of the forecast tests: where the shipped scenarios and the
// golden files live in the source tree, and a tiny hand-checkable plan.
#pragma once

#include <string>

namespace comptoir::forecast::testing {

// forecast/scenarios/ in the source tree (found from this file's path).
[[nodiscard]] std::string scenario_dir();
// tests/golden/forecast/ in the source tree.
[[nodiscard]] std::string golden_dir();

// A tiny plan whose figures are computed by hand in the tests: open every
// day from June 2026, 100 customers a day spending 1.20 € incl. 20 % VAT on
// drinks (60 % margin), a press commission, 10 h of staff a week, etc.
// `vat_regime` replaces the regime key.
[[nodiscard]] std::string tiny_scenario_toml(const std::string& vat_regime = "reel-trimestriel");

}  // namespace comptoir::forecast::testing
