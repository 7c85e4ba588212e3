// FundingScenario's own operations: its drivers' values, finding one by its
// key, and moving one (a what-if edit).
#include "forecast/funding_scenario.hpp"

#include <string>

#include "core/error.hpp"

namespace comptoir::forecast {

std::vector<Rational> FundingScenario::base_values() const {
  std::vector<Rational> out;
  out.reserve(drivers.size());
  for (const auto& d : drivers) out.push_back(d.base);
  return out;
}

std::optional<std::size_t> FundingScenario::find_driver(const std::string& key) const {
  for (std::size_t i = 0; i < drivers.size(); ++i) {
    if (drivers[i].key == key) return i;
  }
  return std::nullopt;
}

void FundingScenario::set_driver(std::size_t index, const Rational& value) {
  if (index >= drivers.size()) throw Error(ErrorKind::InvalidInput, "no driver #" + std::to_string(index));
  Driver& d = drivers[index];
  if (value < 0) throw Error(ErrorKind::InvalidInput, "driver '" + d.key + "' cannot be negative");
  // The exact parameters shift with the base; the distribution samples in
  // double (DESIGN: a Monte Carlo may) from their conversions, so a scenario
  // written and read back draws the same numbers.
  const Rational shift = value - d.base;
  auto& p = d.parameters;
  Distribution& dist = d.distribution;
  const auto to_double = [](const Rational& r) { return r.convert_to<double>(); };
  switch (dist.kind) {
    case DistributionKind::Fixed:
    case DistributionKind::Bernoulli:
      p[0] = value;
      dist.a = to_double(p[0]);
      break;
    case DistributionKind::Normal:
    case DistributionKind::LogNormal:
      p[0] += shift;
      dist.a = to_double(p[0]);
      break;
    case DistributionKind::Triangular:
      for (auto& x : p) x += shift;
      dist.a = to_double(p[0]);
      dist.b = to_double(p[1]);
      dist.c = to_double(p[2]);
      break;
    case DistributionKind::Uniform:
      p[0] += shift;
      p[1] += shift;
      dist.a = to_double(p[0]);
      dist.b = to_double(p[1]);
      break;
  }
  d.base = value;
}

}  // namespace comptoir::forecast
