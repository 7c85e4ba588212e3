// The prestations' lines of a funding model: volume × price per type,
// shifted by prestation events, and split between the communes and their
// co-funders by the book's co-financing rules over commune pools whose caps
// carry from year to year (cofinancing_pool.hpp).
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "cofinancing_pool.hpp"
#include "funding_model_context.hpp"

namespace comptoir::forecast {
namespace {

// Volume multiplier per month after prestation events (slowdowns, with a
// part of the lost volume sold over the months after the slowdown).
Months prestation_profile(const ModelContext& c) {
  const std::size_t horizon = c.calendar.horizon;
  Months profile(horizon, Rational(1));
  for (const auto& e : c.s.events) {
    if (e.kind != FundingEventKind::Prestations) continue;
    Rational lost = 0;
    std::size_t after = horizon;
    for (std::size_t i = 0; i < horizon; ++i) {
      if (!c.calendar.active(i, e.from, e.to)) continue;
      lost += profile[i] * (1 - e.factor);
      profile[i] *= e.factor;
      after = i + 1;
    }
    if (after >= horizon || e.postponed == 0) continue;
    const auto n = static_cast<std::size_t>(e.postpone_months);
    for (std::size_t i = after; i < std::min(horizon, after + n); ++i) profile[i] += lost * e.postponed / n;
  }
  return profile;
}

}  // namespace

void add_prestation_lines(ModelContext& c) {
  if (c.s.prestations.empty()) return;
  const std::size_t entity = entity_index(c, c.s.prestation_entity);
  const Months profile = prestation_profile(c);
  c.model.prestation_entity = entity;
  for (const auto& m : profile) c.model.prestation_profile.push_back(m.convert_to<double>());
  const std::size_t horizon = c.calendar.horizon, types = c.s.prestations.size();
  const CofinancingPool pool(c.s, c.a, c.rules, c.calendar.base_year, horizon);
  std::vector<Rational> sizes;
  for (const auto& k : c.s.commune_classes) sizes.push_back(k.communes ? c.v[*k.communes] : Rational(0));
  sizes.emplace_back(0);  // the unflagged rest
  CofinancingPool::Run<Rational> run(pool, sizes);
  const std::size_t nfunders = pool.funders().size();
  // [type][month] the revenue; [type][funder][month] each funder's part.
  std::vector<Months> revenue(types, Months(horizon, Rational(0)));
  std::vector<std::vector<Months>> funders(types, std::vector<Months>(nfunders, Months(horizon, Rational(0))));
  std::vector<Rational> parts(nfunders);
  // Month by month, so that caps are used in date order across the types.
  for (std::size_t i = 0; i < horizon; ++i) {
    for (std::size_t t = 0; t < types; ++t) {
      const PrestationDriver& d = c.s.prestations[t];
      const Rational count = c.v[d.count] / 12 * profile[i];
      revenue[t][i] = count * c.v[d.price] * c.growth.at(d.price_growth, i);
      std::fill(parts.begin(), parts.end(), Rational(0));
      run.split(i, revenue[t][i], count, parts);
      for (std::size_t f = 0; f < nfunders; ++f) funders[t][f][i] = parts[f];
    }
  }
  // A type's revenue is rounded once per year; each funder's part too, and
  // the communes pay the rest, so the parts sum back to the revenue.
  for (std::size_t t = 0; t < types; ++t) {
    const PrestationDriver& d = c.s.prestations[t];
    const std::vector<Scaling> scalings{
        {d.count, ScalingKind::Ratio}, {d.price, ScalingKind::Ratio}, {d.price_growth, ScalingKind::Growth}};
    std::vector<Money> rest = round_months(revenue[t]);
    std::vector<std::pair<std::size_t, std::vector<Money>>> parts_of;
    for (std::size_t f = 0; f < nfunders; ++f) {
      std::vector<Money> part = round_months(funders[t][f]);
      if (std::all_of(part.begin(), part.end(), [](Money m) { return m.is_zero(); })) continue;
      for (std::size_t i = 0; i < horizon; ++i) rest[i] -= part[i];
      parts_of.emplace_back(f, std::move(part));
    }
    ModelLine& communes = add_rounded_line(c, entity, true, "prestations", "", std::move(rest), scalings);
    communes.prestation = true;
    communes.lag_days = c.s.cash.prestation_days;
    for (auto& [f, part] : parts_of) {
      ModelLine& funder =
          add_rounded_line(c, entity, true, "prestations", pool.funders()[f], std::move(part), scalings);
      funder.prestation = true;
      funder.lag_days = c.s.cash.cofinancing_days;
    }
  }
}

}  // namespace comptoir::forecast
