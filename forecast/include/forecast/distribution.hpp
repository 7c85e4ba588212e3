// A driver's distribution and how to draw from it. Sampling is in double
// (DESIGN: a Monte Carlo may sample in double); draws come from uniform
// numbers given by the caller so that a path's draws depend only on its
// own random stream (reproducible whatever the number of threads).
#pragma once

#include "forecast/distribution_kind.hpp"

namespace comptoir::forecast {

struct Distribution {
  DistributionKind kind = DistributionKind::Fixed;
  double a = 0;  // Fixed: value; Normal/LogNormal: mean; Triangular/Uniform: min; Bernoulli: p
  double b = 0;  // Normal/LogNormal: sd; Triangular: mode; Uniform: max
  double c = 0;  // Triangular: max

  [[nodiscard]] bool is_fixed() const { return kind == DistributionKind::Fixed; }
  // The distribution's mean (exact formula, not sampled).
  [[nodiscard]] double mean() const;
  // The q-quantile (0 < q < 1) by the inverse CDF; Bernoulli: 0 below 1-p, else 1.
  [[nodiscard]] double quantile(double q) const;
  // One draw from two independent uniforms in [0, 1): u1 drives inverse-CDF
  // shapes, (u1, u2) feed Box-Muller for the normal ones. Never negative.
  [[nodiscard]] double sample(double u1, double u2) const;
};

}  // namespace comptoir::forecast
