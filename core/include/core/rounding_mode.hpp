// How an exact amount is brought back to whole cents. Always explicit:
// there is no default rounding anywhere in Comptoir.
#pragma once

namespace comptoir {

enum class RoundingMode {
  HalfUp,    // half away from zero: the French invoicing default
  HalfEven,  // banker's rounding
  Down,      // toward zero (truncate)
  Up,        // away from zero
  Floor,     // toward -infinity
  Ceiling,   // toward +infinity
  Never,     // throws if the amount is not already whole cents
};

}  // namespace comptoir
