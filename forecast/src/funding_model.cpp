// Compiles a funding scenario into monthly lines. Amounts are exact
// (Rational) month by month; each line is rounded once per year (half-up)
// and the year's cents allocated back to its months (allocate()), so months
// sum to the rounded year exactly. Events and dates act on whole months.
#include "funding_model.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/allocation.hpp"
#include "cofinancing/cofinancing_split.hpp"
#include "core/error.hpp"

namespace comptoir::forecast {
namespace {

using Months = std::vector<Rational>;

Rational power(const Rational& base, int exponent) {
  Rational out = 1;
  for (int i = 0; i < exponent; ++i) out *= base;
  return out;
}

class ModelBuilder {
 public:
  ModelBuilder(const FundingScenario& s, const BaseYearActuals& a, const std::vector<CofinancingRule>& rules,
               const std::vector<Rational>& values)
      : s_(s), a_(a), rules_(rules), v_(values), horizon_(12 * static_cast<std::size_t>(s.years)) {
    if (values.size() != s.drivers.size()) throw Error(ErrorKind::Internal, "driver values do not match the scenario");
  }

  FundingModel build() {
    model_.base_year = s_.base_year;
    model_.years = s_.years;
    add_prestations();
    add_tours();
    add_funding();
    add_staff();
    add_interco();
    add_carried_forward();
    return std::move(model_);
  }

 private:
  // Calendar of month i of the horizon (0 = January after the base year).
  [[nodiscard]] int year_of(std::size_t i) const { return s_.base_year + 1 + static_cast<int>(i / 12); }
  [[nodiscard]] int year_index(std::size_t i) const { return 1 + static_cast<int>(i / 12); }
  [[nodiscard]] unsigned month_of(std::size_t i) const { return static_cast<unsigned>(i % 12 + 1); }
  [[nodiscard]] int ym(std::size_t i) const { return year_of(i) * 100 + static_cast<int>(month_of(i)); }
  [[nodiscard]] bool active(std::size_t i, const std::optional<Date>& from, const std::optional<Date>& to) const {
    return (!from || ym(i) >= from->year_month()) && (!to || ym(i) <= to->year_month());
  }
  // (1 + g)^k for the year of month i, cached per driver and year.
  [[nodiscard]] const Rational& growth(std::size_t driver, std::size_t i) {
    auto& years = growth_cache_[driver];
    if (years.empty()) {
      for (int k = 1; k <= s_.years; ++k) years.push_back(power(1 + v_[driver], k));
    }
    return years[static_cast<std::size_t>(year_index(i) - 1)];
  }

  // `where` locates the scenario table naming the entity, for the message.
  std::size_t entity_index(const std::string& entity, const std::string& where = "") const {
    for (std::size_t e = 0; e < a_.entities.size(); ++e) {
      if (a_.entities[e].entity == entity) return e;
    }
    std::string known;
    for (const auto& e : a_.entities) known += (known.empty() ? "" : ", ") + e.entity;
    throw Error(ErrorKind::InvalidInput, (where.empty() ? "scenario '" + s_.name + "'" : where) + ": entity '" +
                                             entity + "' has no actuals in the book for " +
                                             std::to_string(s_.base_year) + " (known: " + known + ")");
  }

  // A funding source's category must be one of its entity's resource
  // categories in the book: a typo would otherwise open a new row.
  void check_category(std::size_t entity, const FundingSource& f) const {
    if (a_.entities[entity].find(true, f.category) != nullptr) return;
    std::string known;
    for (const auto& line : a_.entities[entity].resources) known += (known.empty() ? "" : ", ") + line.code;
    throw Error(ErrorKind::InvalidInput, f.where + ": category '" + f.category + "' is not a resource category of " +
                                             f.entity + " (" + known + ")");
  }

  // Base-year amount of a category less the interco flow booked in it.
  Money anchor(std::size_t entity, bool resource, const std::string& category) const {
    const ActualLine* line = a_.entities[entity].find(resource, category);
    Money amount = line != nullptr ? line->amount : Money();
    if (s_.interco) {
      const auto& f = *s_.interco;
      const std::string& party = resource ? f.payee : f.payer;
      const std::string& cat = resource ? f.payee_category : f.payer_category;
      if (a_.entities[entity].entity == party && cat == category) amount -= f.annual;
    }
    return amount;
  }

  ModelLine& add_line(std::size_t entity, bool resource, std::string category, std::string funder, const Months& exact,
                      std::vector<Scaling> scalings, bool interco = false) {
    ModelLine line;
    line.entity = entity;
    line.resource = resource;
    // Own resources by category, whoever pays (a co-financed prestation is
    // still sold): the same rule as for the base year's actuals.
    line.own = resource && !interco &&
               std::find(s_.own_categories.begin(), s_.own_categories.end(), category) != s_.own_categories.end();
    line.category = std::move(category);
    line.funder = std::move(funder);
    line.interco = interco;
    line.months = round_months(exact);
    line.scalings = std::move(scalings);
    line.renewal_month = horizon_;
    if (!interco) driven_.insert({entity, line.resource, line.category});
    model_.lines.push_back(std::move(line));
    return model_.lines.back();
  }

  // Each year rounded half-up once, its cents allocated to its months.
  [[nodiscard]] std::vector<Money> round_months(const Months& exact) const {
    std::vector<Money> out(horizon_);
    for (std::size_t y = 0; y < horizon_ / 12; ++y) {
      const Months weights(exact.begin() + static_cast<std::ptrdiff_t>(12 * y),
                           exact.begin() + static_cast<std::ptrdiff_t>(12 * y + 12));
      Rational total = 0;
      for (const auto& w : weights) total += w;
      if (total.is_zero()) continue;
      const Money annual = Money::round(total, RoundingMode::HalfUp);
      // Equal non-zero months (most lines): split evenly, the parts
      // allocate() would give, without sorting exact remainders.
      std::vector<std::size_t> used;
      for (std::size_t m = 0; m < 12; ++m) {
        if (!weights[m].is_zero()) used.push_back(m);
      }
      // Normalised fractions are equal when numerators and denominators are
      // (cpp_rational's operator== is far slower).
      const bool even = std::all_of(used.begin(), used.end(), [&](std::size_t m) {
        return numerator(weights[m]) == numerator(weights[used[0]]) &&
               denominator(weights[m]) == denominator(weights[used[0]]);
      });
      if (even) {
        // split_evenly's rule in integer cents (amounts here are >= 0): the
        // first months get the extra cents.
        const auto n = static_cast<std::int64_t>(used.size());
        for (std::size_t j = 0; j < used.size(); ++j) {
          const auto extra = static_cast<std::int64_t>(j) < annual.cents() % n ? 1 : 0;
          out[12 * y + used[j]] = Money::from_cents(annual.cents() / n + extra);
        }
        continue;
      }
      const auto parts = allocate(annual, weights);
      std::copy(parts.begin(), parts.end(), out.begin() + static_cast<std::ptrdiff_t>(12 * y));
    }
    return out;
  }

  // Volume multiplier per month after prestation events (slowdowns, with a
  // part of the lost volume sold over the months after the slowdown).
  [[nodiscard]] Months prestation_profile() const {
    Months profile(horizon_, Rational(1));
    for (const auto& e : s_.events) {
      if (e.kind != FundingEventKind::Prestations) continue;
      Rational lost = 0;
      std::size_t after = horizon_;
      for (std::size_t i = 0; i < horizon_; ++i) {
        if (!active(i, e.from, e.to)) continue;
        lost += profile[i] * (1 - e.factor);
        profile[i] *= e.factor;
        after = i + 1;
      }
      if (after >= horizon_ || e.postponed == 0) continue;
      const auto n = static_cast<std::size_t>(e.postpone_months);
      for (std::size_t i = after; i < std::min(horizon_, after + n); ++i) profile[i] += lost * e.postponed / n;
    }
    return profile;
  }

  // Funders' parts of a representative prestation (type, price HT, date)
  // as fractions of its price, weighted over the commune classes: each
  // class's prestation split by the ledger's rules (compute_split) as the
  // commune's first. Memoised on type, price and the rules in force.
  [[nodiscard]] const std::vector<std::pair<std::string, Rational>>& funder_mix(
      PrestationType type, Money price, Date date, const std::vector<CommuneClass>& classes) {
    std::string in_force;
    for (const auto& c : classes) {
      for (const auto& rule : rules_) in_force += rule.applies_to(Commune{"PROJECTED", "", c.flags}, date) ? '1' : '0';
    }
    auto key = std::make_tuple(static_cast<int>(type), price.cents(), in_force);
    auto found = split_cache_.find(key);
    if (found != split_cache_.end()) return found->second;
    auto& out = split_cache_[key];
    if (price.is_zero() || rules_.empty()) return out;
    for (const auto& c : classes) {
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
    return out;
  }

  void add_prestations() {
    if (s_.prestations.empty()) return;
    const std::size_t entity = entity_index(s_.prestation_entity);
    const Months profile = prestation_profile();
    std::vector<CommuneClass> classes = s_.commune_classes;
    Rational flagged = 0;
    for (const auto& c : classes) flagged += c.share;
    if (flagged < 1) classes.push_back({{}, 1 - flagged});
    for (const auto& d : s_.prestations) {
      Months commune(horizon_, Rational(0));
      std::vector<std::pair<std::string, Months>> funders;
      for (std::size_t i = 0; i < horizon_; ++i) {
        const Rational price = v_[d.price] * growth(d.price_growth, i);
        const Rational revenue = v_[d.count] / 12 * profile[i] * price;
        commune[i] = revenue;
        const Date date = Date::from_ymd(year_of(i), month_of(i), 15);
        for (const auto& [funder, weight] :
             funder_mix(d.type, Money::round(price, RoundingMode::HalfUp), date, classes)) {
          auto it = std::find_if(funders.begin(), funders.end(), [&](const auto& f) { return f.first == funder; });
          if (it == funders.end()) it = funders.insert(funders.end(), {funder, Months(horizon_, Rational(0))});
          const Rational part = revenue * weight;
          it->second[i] += part;
          commune[i] -= part;
        }
      }
      const std::vector<Scaling> scalings{
          {d.count, ScalingKind::Ratio}, {d.price, ScalingKind::Ratio}, {d.price_growth, ScalingKind::Growth}};
      add_line(entity, true, "prestations", "", commune, scalings);
      for (const auto& [funder, months] : funders) add_line(entity, true, "prestations", funder, months, scalings);
    }
  }

  void add_tours() {
    for (const auto& t : s_.tours) {
      const std::size_t entity = entity_index(t.entity, t.where);
      Months sales(horizon_, Rational(0)), purchases(horizon_, Rational(0));
      const Rational season = static_cast<long>(t.months.size());
      for (std::size_t i = 0; i < horizon_; ++i) {
        if (!active(i, t.from, t.to) || std::find(t.months.begin(), t.months.end(), month_of(i)) == t.months.end())
          continue;
        sales[i] = v_[t.dates] * v_[t.takings] * growth(t.growth, i) / season;
        purchases[i] = sales[i] * (1 - v_[t.margin]);
      }
      std::vector<Scaling> scalings{
          {t.dates, ScalingKind::Ratio}, {t.takings, ScalingKind::Ratio}, {t.growth, ScalingKind::Growth}};
      add_line(entity, true, "activity-sales", "", sales, scalings);
      scalings.push_back({t.margin, ScalingKind::Complement});
      add_line(entity, false, "purchases", "", purchases, scalings);
    }
  }

  void add_funding() {
    for (const auto& f : s_.funding) {
      const std::size_t entity = entity_index(f.entity, f.where);
      check_category(entity, f);
      std::optional<Date> leaves;
      for (const auto& e : s_.events) {
        if (e.kind == FundingEventKind::FunderLeaves && e.funder == f.funder && (!leaves || e.from < *leaves))
          leaves = e.from;
      }
      const Rational per_month = f.months.empty() ? Rational(12) : Rational(static_cast<long>(f.months.size()));
      Months amounts(horizon_, Rational(0));
      std::size_t renewal_month = horizon_;
      for (std::size_t i = 0; i < horizon_; ++i) {
        if (f.end && ym(i) > f.end->year_month()) renewal_month = std::min(renewal_month, i);
        if (!active(i, f.from, std::nullopt) || (leaves && ym(i) >= leaves->year_month())) continue;
        if (!f.months.empty() && std::find(f.months.begin(), f.months.end(), month_of(i)) == f.months.end()) continue;
        amounts[i] = v_[f.amount] * growth(f.growth, i) / per_month;
      }
      ModelLine& line = add_line(entity, true, f.category, f.funder, amounts,
                                 {{f.amount, ScalingKind::Ratio}, {f.growth, ScalingKind::Growth}});
      line.renewal = f.renewal;
      line.renewal_month = renewal_month;
    }
  }

  void add_staff() {
    for (const auto& st : s_.staff) {
      const std::size_t entity = entity_index(st.entity, st.where);
      const Rational base = anchor(entity, false, "payroll").to_rational();
      Months payroll(horizon_, Rational(0));
      for (std::size_t i = 0; i < horizon_; ++i) {
        Rational fte = st.fte;
        for (const auto& e : s_.events) {
          if (e.kind == FundingEventKind::Staff && e.entity == st.entity && ym(i) >= e.from.year_month()) fte = e.fte;
        }
        payroll[i] = base / 12 * fte / st.fte * growth(st.cost_growth, i);
      }
      add_line(entity, false, "payroll", "", payroll, {{st.cost_growth, ScalingKind::Growth}});
    }
  }

  void add_interco() {
    if (!s_.interco) return;
    const auto& f = *s_.interco;
    const Months flat(horizon_, f.annual.to_rational() / 12);
    add_line(entity_index(f.payer), false, f.payer_category, "", flat, {}, true);
    add_line(entity_index(f.payee), true, f.payee_category, "", flat, {}, true);
  }

  // Categories no driver models: resources stay flat, expenses follow inflation.
  void add_carried_forward() {
    for (std::size_t e = 0; e < a_.entities.size(); ++e) {
      for (bool resource : {true, false}) {
        for (const auto& actual : resource ? a_.entities[e].resources : a_.entities[e].expenses) {
          if (driven_.contains({e, resource, actual.code})) continue;
          const Rational base = anchor(e, resource, actual.code).to_rational();
          if (base == 0) continue;
          Months amounts(horizon_);
          for (std::size_t i = 0; i < horizon_; ++i)
            amounts[i] = resource ? Rational(base / 12) : Rational(base / 12 * growth(s_.inflation, i));
          std::vector<Scaling> scalings;
          if (!resource) scalings.push_back({s_.inflation, ScalingKind::Growth});
          add_line(e, resource, actual.code, "", amounts, scalings);
        }
      }
    }
  }

  const FundingScenario& s_;
  const BaseYearActuals& a_;
  const std::vector<CofinancingRule>& rules_;
  const std::vector<Rational>& v_;
  std::size_t horizon_;
  FundingModel model_;
  std::set<std::tuple<std::size_t, bool, std::string>> driven_;
  std::map<std::size_t, std::vector<Rational>> growth_cache_;
  std::map<std::tuple<int, std::int64_t, std::string>, std::vector<std::pair<std::string, Rational>>> split_cache_;
};

}  // namespace

FundingModel build_funding_model(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                 const std::vector<CofinancingRule>& rules, const std::vector<Rational>& values) {
  return ModelBuilder(scenario, actuals, rules, values).build();
}

}  // namespace comptoir::forecast
