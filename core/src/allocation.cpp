// Remainder-exact splits (largest remainder method).
#include "core/allocation.hpp"

#include <algorithm>
#include <numeric>

#include "core/error.hpp"

namespace comptoir {

std::vector<Money> allocate(Money total, const std::vector<Rational>& weights) {
  if (weights.empty()) throw Error(ErrorKind::InvalidInput, "allocation needs at least one weight");
  Rational weight_sum = 0;
  for (const auto& w : weights) {
    if (w < 0) throw Error(ErrorKind::InvalidInput, "allocation weights must not be negative");
    weight_sum += w;
  }
  if (weight_sum == 0) throw Error(ErrorKind::InvalidInput, "allocation weights are all zero");

  std::vector<Money> parts;
  std::vector<Rational> remainders;
  parts.reserve(weights.size());
  Money allocated;
  for (const auto& w : weights) {
    Rational exact = total.to_rational() * w / weight_sum;
    Money part = Money::round(exact, RoundingMode::Down);
    parts.push_back(part);
    remainders.push_back(exact - part.to_rational());
    allocated += part;
  }
  // Hand out the leftover cents (same sign as the total) by largest remainder.
  Money left = total - allocated;
  Money step = Money::from_cents(left.is_negative() ? -1 : 1);
  std::vector<std::size_t> order(parts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return abs(remainders[a]) > abs(remainders[b]); });
  for (std::size_t k = 0; !left.is_zero(); k = (k + 1) % order.size()) {
    parts[order[k]] += step;
    left -= step;
  }
  return parts;
}

// allocate() with n equal weights, in integer cents: every exact share is
// total / n, so every part is that rounded toward zero, every remainder is
// the same and the leftover cents go to the first parts. Same parts, no
// rational arithmetic (forecasts spread thousands of yearly amounts).
std::vector<Money> split_evenly(Money total, int n) {
  if (n <= 0) throw Error(ErrorKind::InvalidInput, "cannot split into " + std::to_string(n) + " parts");
  const std::int64_t count = n;
  const std::int64_t left = total.cents() % count;  // C++ division truncates: same sign as the total
  std::vector<Money> parts(static_cast<std::size_t>(n), Money::from_cents(total.cents() / count));
  const Money step = Money::from_cents(left < 0 ? -1 : 1);
  for (std::int64_t k = 0; k < (left < 0 ? -left : left); ++k) parts[static_cast<std::size_t>(k)] += step;
  return parts;
}

}  // namespace comptoir
