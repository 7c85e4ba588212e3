// Splitting an amount into parts that sum back exactly to the total
// (allocation keys, VAT across lines, co-financing shares).
#pragma once

#include <vector>

#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir {

// Splits `total` in proportion to `weights` (non-negative, not all zero).
// Each part is first rounded toward zero; the cents left over go one by one
// to the parts with the largest remainders (ties: the earlier part), so the
// parts always sum to `total`. Throws Error(InvalidInput) on bad weights.
[[nodiscard]] std::vector<Money> allocate(Money total, const std::vector<Rational>& weights);

// Splits `total` into `n` near-equal parts (the first ones get the extra
// cents): exactly allocate() with `n` equal weights, in integer cents.
[[nodiscard]] std::vector<Money> split_evenly(Money total, int n);

}  // namespace comptoir
