// Whether the plan computes a corporate income tax (impôt sur les sociétés).
#pragma once

namespace comptoir::forecast {

enum class IncomeTaxRegime {
  None,           // association, or a sole trader taxed personally
  CorporateTax,   // IS: 15 % up to 42 500 € of profit, 25 % above; losses carried forward
};

}  // namespace comptoir::forecast
