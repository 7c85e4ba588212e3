// Internal: the co-financing of projected prestations, by the book's rules,
// with caps that carry over from one projected year to the next.
//
// A commune class with `communes` is a pool of that many communes (the
// book's communes of the class first, each with what it used up to the
// base year, then new ones) sharing the class's prestations evenly: each
// month, each commune buys its share, and each rule (priority order) pays
// min(rate × price, what is left of the price, what the commune's cap has
// left). A commune that used its cap in the base year or in an earlier
// projected year gets nothing more. Communes with the same headroom are one
// group, so a pool of 70 costs as much as a pool of 1. Without `communes`,
// every prestation is a new commune's first (caps limit each one alone).
//
// The arithmetic is a template: exact (Rational) for the projection, double
// for each Monte Carlo path, which draws the volumes and the pools' sizes
// and splits its own prestations instead of rescaling the exact split.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "cofinancing/cofinancing_rule.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"
#include "forecast/base_year_actuals.hpp"
#include "forecast/funding_scenario.hpp"

namespace comptoir::forecast {

class CofinancingPool {
 public:
  // `rules` in any order; `horizon` months from the January after `base_year`.
  CofinancingPool(const FundingScenario& scenario, const BaseYearActuals& actuals,
                  const std::vector<CofinancingRule>& rules, int base_year, std::size_t horizon);

  // Who is paid: one funder per distinct funder name, in priority order.
  [[nodiscard]] const std::vector<std::string>& funders() const { return funders_; }
  [[nodiscard]] bool empty() const { return rules_.empty(); }
  // Whether the prestations of several types sold in a month may be split
  // at once: every funded class is a pool and no cap counts prestations
  // (a commune's caps are consumed greedily, whatever the type).
  [[nodiscard]] bool types_add_up() const {
    for (const auto& r : rules_) {
      if (r.cap_scope == CofinancingCapScope::PerPrestation) return false;
    }
    for (const auto& c : classes_) {
      if (c.communes) continue;
      if (std::any_of(c.applies.begin(), c.applies.end(), [](std::uint32_t mask) { return mask != 0; })) return false;
    }
    return true;
  }
  // Whether months i and j are in the same year with the same rules in
  // force for every class: a month's split then adds up over such a run
  // of months (caps are consumed greedily, rates are proportional), so a
  // Monte Carlo path may split it at once.
  [[nodiscard]] bool same_split(std::size_t i, std::size_t j) const {
    if (i / 12 != j / 12) return false;
    return std::all_of(classes_.begin(), classes_.end(),
                       [&](const PoolClass& c) { return c.applies[i] == c.applies[j]; });
  }

  // A run of the pools over the horizon, month after month (months in
  // order; types in any order within a month).
  template <typename T>
  class Run {
   public:
    // `pool_sizes`: per class, the communes driver's value (ignored for a
    // class without one).
    Run(const CofinancingPool& pool, const std::vector<T>& pool_sizes) : pool_(pool) {
      for (std::size_t k = 0; k < pool.classes_.size(); ++k) {
        const PoolClass& c = pool.classes_[k];
        ClassState state;
        state.pooled = c.communes.has_value();
        if constexpr (std::is_same_v<T, double>) {
          state.share = c.share_double;
        } else {
          state.share = c.share;
        }
        if (state.pooled) {
          const T known = static_cast<T>(static_cast<long>(c.book_used.size()));
          // At least the book's communes, and one (a drawn size may fall below).
          state.size = std::max({pool_sizes[k], known, T(1)});
          for (std::size_t b = 0; b < c.book_used.size(); ++b) {
            if constexpr (std::is_same_v<T, double>) {
              add_group(state, T(1), c.book_headroom_double[b]);
            } else {
              std::vector<T> headroom;
              for (std::size_t r = 0; r < pool.rules_.size(); ++r)
                headroom.push_back(pool.template cap<T>(r) - c.book_used[b][r].to_rational());
              add_group(state, T(1), headroom);
            }
          }
          if (state.size > known) add_group(state, state.size - known, pool.template full_headroom<T>());
        }
        classes_.push_back(std::move(state));
      }
    }

    // Splits month `i`'s prestations of one type (`revenue` HT for `count`
    // prestations) and adds each funder's part to `out` (one per funder).
    void split(std::size_t i, const T& revenue, const T& count, std::vector<T>& out) {
      if (count <= T(0) || revenue <= T(0)) return;
      const int year = static_cast<int>(i / 12);
      if (year != year_) reset_yearly_caps(year);
      for (std::size_t k = 0; k < classes_.size(); ++k) {
        ClassState& c = classes_[k];
        const std::uint32_t applies = pool_.classes_[k].applies[i];
        if (applies == 0 || c.share <= T(0)) continue;
        if (!c.pooled) {
          // Each prestation is a new commune's first: its own caps.
          const T price = revenue / count;
          T left = price;
          for (std::size_t r = 0; r < pool_.rules_.size(); ++r) {
            if ((applies & (1U << r)) == 0) continue;
            const T part =
                std::max(T(0), std::min({T(pool_.template rate<T>(r) * price), left, pool_.template cap<T>(r)}));
            out[pool_.funder_of_rule_[r]] += T(part * count * c.share);
            left -= part;
          }
          continue;
        }
        const T price = revenue * c.share / c.size;  // what each commune of the pool buys this month
        const T prestations = count * c.share / c.size;
        for (auto& g : c.groups) {
          T left = price;
          for (std::size_t r = 0; r < pool_.rules_.size(); ++r) {
            if ((applies & (1U << r)) == 0) continue;
            const bool per_prestation = pool_.rules_[r].cap_scope == CofinancingCapScope::PerPrestation;
            const T limit = per_prestation ? T(pool_.template cap<T>(r) * prestations) : g.headroom[r];
            const T part = std::max(T(0), std::min({T(pool_.template rate<T>(r) * price), left, limit}));
            if (!per_prestation) g.headroom[r] -= part;
            out[pool_.funder_of_rule_[r]] += T(part * g.count);
            left -= part;
          }
        }
      }
    }

   private:
    struct Group {
      T count;
      std::vector<T> headroom;  // per rule
    };
    struct ClassState {
      T share{};
      bool pooled = false;
      T size{};
      std::vector<Group> groups;
    };

    static void add_group(ClassState& c, const T& count, const std::vector<T>& headroom) {
      for (auto& g : c.groups) {
        if (g.headroom == headroom) {
          g.count += count;
          return;
        }
      }
      c.groups.push_back({count, headroom});
    }

    // A cap per commune and year starts again each January.
    void reset_yearly_caps(int year) {
      year_ = year;
      for (auto& c : classes_) {
        for (auto& g : c.groups) {
          for (std::size_t r = 0; r < pool_.rules_.size(); ++r) {
            if (pool_.rules_[r].cap_scope == CofinancingCapScope::PerCommuneYear)
              g.headroom[r] = pool_.template cap<T>(r);
          }
        }
      }
    }

    const CofinancingPool& pool_;
    std::vector<ClassState> classes_;
    int year_ = -1;
  };

 private:
  struct PoolClass {
    Rational share;
    std::optional<std::size_t> communes;
    std::vector<std::vector<Money>> book_used;  // per book commune of the class, per rule: what counts against the cap
    std::vector<std::uint32_t> applies;         // per month: the rules that fund the class's prestations
    // The same in double, converted once: every Monte Carlo path starts a
    // Run from them (converting Rationals there was a sixth of a path).
    double share_double = 0;
    std::vector<std::vector<double>> book_headroom_double;  // per book commune, per rule: cap - used
  };

  template <typename T>
  [[nodiscard]] T rate(std::size_t r) const {
    if constexpr (std::is_same_v<T, double>) {
      return rate_double_[r];
    } else {
      return rules_[r].rate;
    }
  }
  template <typename T>
  [[nodiscard]] T cap(std::size_t r) const {
    if constexpr (std::is_same_v<T, double>) {
      return cap_double_[r];
    } else {
      return rules_[r].cap.to_rational();
    }
  }
  template <typename T>
  [[nodiscard]] std::vector<T> full_headroom() const {
    std::vector<T> out;
    for (std::size_t r = 0; r < rules_.size(); ++r) out.push_back(cap<T>(r));
    return out;
  }

  std::vector<CofinancingRule> rules_;  // priority order
  std::vector<double> rate_double_, cap_double_;
  std::vector<std::string> funders_;
  std::vector<std::size_t> funder_of_rule_;
  std::vector<PoolClass> classes_;
};

}  // namespace comptoir::forecast
