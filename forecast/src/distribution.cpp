// Means, quantiles and draws of driver distributions, in double (Monte
// Carlo sampling only; projections stay exact).
#include <algorithm>
#include <cmath>
#include <numbers>

#include "forecast/funding_scenario.hpp"

namespace comptoir::forecast {
namespace {

// Inverse of the standard normal CDF (Acklam's rational approximation,
// relative error < 1.2e-9): good enough for tornado bounds.
double inverse_normal(double p) {
  static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                 1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
  static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                 6.680131188771972e+01, -1.328068155288572e+01};
  static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                 -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
  static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                 3.754408661907416e+00};
  const double low = 0.02425;
  if (p < low) {
    const double q = std::sqrt(-2 * std::log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
           ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -inverse_normal(1 - p);
  const double q = p - 0.5;
  const double r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
         (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

// Log-space parameters of a lognormal given the value's mean and sd.
void lognormal_parameters(double mean, double sd, double& mu, double& sigma) {
  const double variance = std::log1p((sd * sd) / (mean * mean));
  sigma = std::sqrt(variance);
  mu = std::log(mean) - variance / 2;
}

double triangular_inverse(double u, double lo, double mode, double hi) {
  const double split = (mode - lo) / (hi - lo);
  if (u < split) return lo + std::sqrt(u * (hi - lo) * (mode - lo));
  return hi - std::sqrt((1 - u) * (hi - lo) * (hi - mode));
}

}  // namespace

double Distribution::mean() const {
  switch (kind) {
    case DistributionKind::Fixed:
      return a;
    case DistributionKind::Normal:
    case DistributionKind::LogNormal:
      return a;
    case DistributionKind::Triangular:
      return (a + b + c) / 3;
    case DistributionKind::Uniform:
      return (a + b) / 2;
    case DistributionKind::Bernoulli:
      return a;
  }
  return a;
}

double Distribution::quantile(double q) const {
  switch (kind) {
    case DistributionKind::Fixed:
      return a;
    case DistributionKind::Normal:
      return std::max(0.0, a + b * inverse_normal(q));
    case DistributionKind::LogNormal: {
      double mu = 0, sigma = 0;
      lognormal_parameters(a, b, mu, sigma);
      return std::exp(mu + sigma * inverse_normal(q));
    }
    case DistributionKind::Triangular:
      return triangular_inverse(q, a, b, c);
    case DistributionKind::Uniform:
      return a + q * (b - a);
    case DistributionKind::Bernoulli:
      return q < 1 - a ? 0.0 : 1.0;
  }
  return a;
}

double Distribution::sample(double u1, double u2) const {
  switch (kind) {
    case DistributionKind::Fixed:
      return a;
    case DistributionKind::Normal:
    case DistributionKind::LogNormal: {
      // Box-Muller; 1 - u1 is in (0, 1] so the logarithm is finite.
      const double z = std::sqrt(-2 * std::log(1 - u1)) * std::cos(2 * std::numbers::pi * u2);
      if (kind == DistributionKind::Normal) return std::max(0.0, a + b * z);
      double mu = 0, sigma = 0;
      lognormal_parameters(a, b, mu, sigma);
      return std::exp(mu + sigma * z);
    }
    case DistributionKind::Triangular:
      return triangular_inverse(u1, a, b, c);
    case DistributionKind::Uniform:
      return a + u1 * (b - a);
    case DistributionKind::Bernoulli:
      return u1 < a ? 1.0 : 0.0;
  }
  return a;
}

}  // namespace comptoir::forecast
