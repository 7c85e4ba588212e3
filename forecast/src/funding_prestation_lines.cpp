// The prestations' lines of a funding model: volume × price per type,
// shifted by prestation events, and split between the communes and their
// co-funders by the book's co-financing rules (compute_split).
#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "cofinancing/cofinancing_split.hpp"
#include "funding_model_context.hpp"

namespace comptoir::forecast {
namespace {

using FunderMix = std::vector<std::pair<std::string, Rational>>;

// Funders' parts of a representative prestation (type, price HT, date) as
// fractions of its price, weighted over the commune classes: each class's
// prestation split by the ledger's rules (compute_split) as the commune's
// first. Memoised on type, price and the rules in force.
class FunderMixes {
 public:
  explicit FunderMixes(const std::vector<CofinancingRule>& rules) : rules_(rules) {}

  [[nodiscard]] const FunderMix& of(PrestationType type, Money price, Date date,
                                    const std::vector<CommuneClass>& classes) {
    std::string in_force;
    for (const auto& c : classes) {
      for (const auto& rule : rules_) in_force += rule.applies_to(Commune{"PROJECTED", "", c.flags}, date) ? '1' : '0';
    }
    auto key = std::make_tuple(static_cast<int>(type), price.cents(), in_force);
    auto found = cache_.find(key);
    if (found != cache_.end()) return found->second;
    auto& out = cache_[key];
    if (price.is_zero() || rules_.empty()) return out;
    for (const auto& c : classes) add_class(type, price, date, c, out);
    return out;
  }

 private:
  void add_class(PrestationType type, Money price, Date date, const CommuneClass& c, FunderMix& out) const {
    Prestation p{1, "PROJECTED", type, "projected", price, Rational(1, 5), date, PrestationStatus::Quoted};
    Commune commune{"PROJECTED", "projected", c.flags};
    CofinancingUsage usage;
    for (const auto& share : compute_split(p, commune, rules_, usage).shares) {
      if (share.is_commune() || share.amount.is_zero()) continue;
      const Rational weight = c.share * share.amount.to_rational() / price.to_rational();
      auto it = std::find_if(out.begin(), out.end(), [&](const auto& f) { return f.first == share.payer_name; });
      if (it == out.end())
        out.emplace_back(share.payer_name, weight);
      else
        it->second += weight;
    }
  }

  const std::vector<CofinancingRule>& rules_;
  std::map<std::tuple<int, std::int64_t, std::string>, FunderMix> cache_;
};

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

// The scenario's commune classes, then the unflagged rest of the communes.
std::vector<CommuneClass> commune_classes(const FundingScenario& s) {
  std::vector<CommuneClass> classes = s.commune_classes;
  Rational flagged = 0;
  for (const auto& c : classes) flagged += c.share;
  if (flagged < 1) classes.push_back({{}, 1 - flagged});
  return classes;
}

// One prestation type: the communes' part, then one line per co-funder.
void add_prestation(ModelContext& c, std::size_t entity, const PrestationDriver& d, const Months& profile,
                    const std::vector<CommuneClass>& classes, FunderMixes& mixes) {
  const std::size_t horizon = c.calendar.horizon;
  Months commune(horizon, Rational(0));
  std::vector<std::pair<std::string, Months>> funders;
  for (std::size_t i = 0; i < horizon; ++i) {
    const Rational price = c.v[d.price] * c.growth.at(d.price_growth, i);
    const Rational revenue = c.v[d.count] / 12 * profile[i] * price;
    commune[i] = revenue;
    const Date date = Date::from_ymd(c.calendar.year_of(i), c.calendar.month_of(i), 15);
    for (const auto& [funder, weight] : mixes.of(d.type, Money::round(price, RoundingMode::HalfUp), date, classes)) {
      auto it = std::find_if(funders.begin(), funders.end(), [&](const auto& f) { return f.first == funder; });
      if (it == funders.end()) it = funders.insert(funders.end(), {funder, Months(horizon, Rational(0))});
      const Rational part = revenue * weight;
      it->second[i] += part;
      commune[i] -= part;
    }
  }
  const std::vector<Scaling> scalings{
      {d.count, ScalingKind::Ratio}, {d.price, ScalingKind::Ratio}, {d.price_growth, ScalingKind::Growth}};
  add_model_line(c, entity, true, "prestations", "", commune, scalings);
  for (const auto& [funder, months] : funders) add_model_line(c, entity, true, "prestations", funder, months, scalings);
}

}  // namespace

void add_prestation_lines(ModelContext& c) {
  if (c.s.prestations.empty()) return;
  const std::size_t entity = entity_index(c, c.s.prestation_entity);
  const Months profile = prestation_profile(c);
  const std::vector<CommuneClass> classes = commune_classes(c.s);
  FunderMixes mixes(c.rules);
  for (const auto& d : c.s.prestations) add_prestation(c, entity, d, profile, classes, mixes);
}

}  // namespace comptoir::forecast
