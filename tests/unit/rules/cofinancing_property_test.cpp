// Seeded property tests of co-financing (reproduce a failure with
// RC_PARAMS="seed=N"): for random rules and random sequences of
// prestations, every split sums to its price and no funder ever pays more
// than its cap in a cap scope, nor more than its rate.
#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <algorithm>
#include <map>

#include "cofinancing/cofinancing_split.hpp"

namespace comptoir {
namespace {

CofinancingRule random_rule(int index) {
  CofinancingRule r;
  r.code = "R" + std::to_string(index);
  r.funder = "F-" + r.code;
  r.funder_name = r.code;
  const int denominator = *rc::gen::inRange(1, 11);
  r.rate = Rational(*rc::gen::inRange(1, denominator + 1), denominator);
  r.cap = Money::from_cents(*rc::gen::inRange<std::int64_t>(0, 2'000'000));
  r.cap_scope = *rc::gen::element(CofinancingCapScope::PerCommune, CofinancingCapScope::PerPrestation,
                                  CofinancingCapScope::PerCommuneYear);
  r.base = *rc::gen::element(CofinancingBase::ExcludingTax, CofinancingBase::IncludingTax);
  r.valid_from = Date::from_ymd(2025, 1, 1).plus_days(*rc::gen::inRange(0, 700));
  if (*rc::gen::arbitrary<bool>()) r.valid_to = r.valid_from.plus_days(*rc::gen::inRange(0, 700));
  if (*rc::gen::arbitrary<bool>()) r.eligibility_flag = *rc::gen::element<std::string>("a", "b");
  r.priority = *rc::gen::inRange(0, 4);
  return r;
}

std::vector<Commune> communes() {
  return {Commune{"C0", "C0", {}}, Commune{"C1", "C1", {"a"}}, Commune{"C2", "C2", {"a", "b"}}};
}

Prestation random_prestation(std::int64_t id) {
  Prestation p;
  p.id = id;
  p.commune = "C" + std::to_string(*rc::gen::inRange(0, 3));
  p.price_ht = Money::from_cents(*rc::gen::inRange<std::int64_t>(1, 3'000'000));
  p.vat_rate = *rc::gen::element(Rational(1, 5), Rational(1, 10), Rational(11, 200), Rational(0));
  p.date = Date::from_ymd(2025, 1, 1).plus_days(*rc::gen::inRange(0, 1100));
  return p;
}

std::string scope_key(const CofinancingRule& r, const Prestation& p) {
  switch (r.cap_scope) {
    case CofinancingCapScope::PerCommune:
      return r.code + p.commune;
    case CofinancingCapScope::PerPrestation:
      return r.code + "#" + std::to_string(p.id);
    case CofinancingCapScope::PerCommuneYear:
      return r.code + p.commune + std::to_string(p.date.year());
  }
  return "";
}

TEST(CofinancingProperty, SplitsSumToThePriceAndCapsHold) {
  const bool ok = rc::check("co-financing splits", [] {
    std::vector<CofinancingRule> rules;
    const int rule_count = *rc::gen::inRange(0, 5);
    for (int i = 0; i < rule_count; ++i) rules.push_back(random_rule(i));
    std::map<std::string, std::vector<Prestation>> by_commune;
    const int count = *rc::gen::inRange(1, 25);
    for (int i = 1; i <= count; ++i) {
      auto p = random_prestation(i);
      by_commune[p.commune].push_back(p);
    }
    std::map<std::string, Money> paid;  // per rule and cap scope
    for (const auto& commune : communes()) {
      auto list = by_commune[commune.code];
      CofinancingUsage usage;
      const auto splits = compute_splits(list, commune, rules, usage);
      RC_ASSERT(splits.size() == list.size());
      for (std::size_t i = 0; i < list.size(); ++i) {
        RC_ASSERT(splits[i].total() == list[i].price_ht);
        for (const auto& share : splits[i].shares) {
          RC_ASSERT(!share.amount.is_negative());
          if (share.is_commune()) continue;
          const auto& r =
              *std::find_if(rules.begin(), rules.end(), [&](const auto& x) { return x.code == share.rule; });
          RC_ASSERT(r.applies_to(commune, list[i].date));
          RC_ASSERT(share.amount <= cofinancing_entitlement(r, list[i]));
          paid[scope_key(r, list[i])] += share.amount;
          RC_ASSERT(paid[scope_key(r, list[i])] <= r.cap);
        }
      }
    }
  });
  EXPECT_TRUE(ok);
}

}  // namespace
}  // namespace comptoir
