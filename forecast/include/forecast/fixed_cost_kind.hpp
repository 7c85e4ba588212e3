// Where a fixed cost goes among the intermediate balances (SIG).
#pragma once

namespace comptoir::forecast {

enum class FixedCostKind {
  External,  // consommations externes (61/62): rent, energy, insurance... — before value added
  Tax,       // impôts et taxes (63): CFE, licence fees — between value added and EBE
};

}  // namespace comptoir::forecast
