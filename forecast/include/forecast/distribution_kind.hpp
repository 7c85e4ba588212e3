// The shapes a scenario driver's uncertainty may take (Monte Carlo).
#pragma once

namespace comptoir::forecast {

enum class DistributionKind {
  Fixed,       // no uncertainty: always the base value
  Normal,      // mean, sd (truncated at 0: drivers are never negative)
  LogNormal,   // mean, sd of the value itself (not of its logarithm)
  Triangular,  // min, mode, max
  Uniform,     // min, max
  Bernoulli,   // probability p of 1 (a renewal), else 0
};

}  // namespace comptoir::forecast
