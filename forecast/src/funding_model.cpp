// Compiles a funding scenario into monthly lines. Amounts are exact
// (Rational) month by month; each line is rounded once per year (half-up)
// and the year's cents spread back over its months with core's allocation
// rules, so months sum to the rounded year exactly. Events and dates act on
// whole months. One function per kind of line; the prestations' are in
// funding_prestation_lines.cpp.
#include "funding_model.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cofinancing/cofinancing_split.hpp"
#include "core/allocation.hpp"
#include "core/error.hpp"
#include "funding_model_context.hpp"

namespace comptoir::forecast {
namespace {

Rational power(const Rational& base, int exponent) {
  Rational out = 1;
  for (int i = 0; i < exponent; ++i) out *= base;
  return out;
}

// Whether the months' exact amounts are all equal (zero months aside).
// Normalised fractions are equal when numerators and denominators are
// (cpp_rational's operator== is far slower).
bool equal_where_not_zero(const Months& weights) {
  const Rational* first = nullptr;
  for (const auto& w : weights) {
    if (w.is_zero()) continue;
    if (first == nullptr) first = &w;
    if (numerator(w) != numerator(*first) || denominator(w) != denominator(*first)) return false;
  }
  return true;
}

// One year's cents over its months, by core's rules: allocate() in
// proportion to the exact months (leftover cents by largest remainder).
// When the non-zero months are equal (most lines), split_evenly() over them
// gives the same parts without comparing exact remainders, and is faster.
std::vector<Money> spread_year(Money annual, const Months& weights) {
  if (!equal_where_not_zero(weights)) return allocate(annual, weights);
  std::vector<std::size_t> used;
  for (std::size_t m = 0; m < weights.size(); ++m) {
    if (!weights[m].is_zero()) used.push_back(m);
  }
  const std::vector<Money> even = split_evenly(annual, static_cast<int>(used.size()));
  std::vector<Money> parts(weights.size());
  for (std::size_t j = 0; j < used.size(); ++j) parts[used[j]] = even[j];
  return parts;
}

}  // namespace

// Each year rounded half-up once, its cents spread over its months.
std::vector<Money> round_months(const Months& exact) {
  std::vector<Money> out(exact.size());
  for (std::size_t first = 0; first + 12 <= exact.size(); first += 12) {
    const auto begin = exact.begin() + static_cast<std::ptrdiff_t>(first);
    const Months weights(begin, begin + 12);
    Rational total = 0;
    for (const auto& w : weights) total += w;
    if (total.is_zero()) continue;
    const auto parts = spread_year(Money::round(total, RoundingMode::HalfUp), weights);
    std::copy(parts.begin(), parts.end(), out.begin() + static_cast<std::ptrdiff_t>(first));
  }
  return out;
}

std::vector<Money> cash_months(const ModelLine& line, bool lapsed) {
  const std::size_t horizon = line.months.size();
  std::vector<Money> out(horizon);
  const auto booked = [&](std::size_t i) { return lapsed && i >= line.renewal_month ? Money() : line.months[i]; };
  if (line.lag_days == 0) {
    for (std::size_t i = 0; i < horizon; ++i) out[i] = booked(i);
    return out;
  }
  const auto whole = static_cast<std::ptrdiff_t>(line.lag_days / 30);
  const Rational late_share(line.lag_days % 30, 30);
  const auto land = [&](std::ptrdiff_t at, Money amount) {
    if (at >= 0 && at < static_cast<std::ptrdiff_t>(horizon)) out[static_cast<std::size_t>(at)] += amount;
  };
  const auto spill = [&](std::ptrdiff_t month, Money amount) {
    const Money late = amount.times(late_share, RoundingMode::HalfUp);
    land(month + whole, amount - late);
    land(month + whole + 1, late);
  };
  if (line.running) {
    for (std::size_t m = 0; m < 12 && m < horizon; ++m) spill(static_cast<std::ptrdiff_t>(m) - 12, line.months[m]);
  }
  for (std::size_t i = 0; i < horizon; ++i) spill(static_cast<std::ptrdiff_t>(i), booked(i));
  return out;
}

const Rational& GrowthFactors::at(std::size_t driver, std::size_t i) {
  auto& years = cache_[driver];
  if (years.empty()) {
    for (int k = 1; k <= calendar_.years; ++k) years.push_back(power(1 + v_[driver], k));
  }
  return years[static_cast<std::size_t>(calendar_.year_index(i) - 1)];
}

std::size_t entity_index(const ModelContext& c, const std::string& entity, const std::string& where) {
  for (std::size_t e = 0; e < c.a.entities.size(); ++e) {
    if (c.a.entities[e].entity == entity) return e;
  }
  std::string known;
  for (const auto& e : c.a.entities) known += (known.empty() ? "" : ", ") + e.entity;
  throw Error(ErrorKind::InvalidInput, (where.empty() ? "scenario '" + c.s.name + "'" : where) + ": entity '" + entity +
                                           "' has no actuals in the book for " + std::to_string(c.s.base_year) +
                                           " (known: " + known + ")");
}

ModelLine& add_model_line(ModelContext& c, std::size_t entity, bool resource, std::string category, std::string funder,
                          const Months& exact, std::vector<Scaling> scalings, bool interco) {
  return add_rounded_line(c, entity, resource, std::move(category), std::move(funder), round_months(exact),
                          std::move(scalings), interco);
}

ModelLine& add_rounded_line(ModelContext& c, std::size_t entity, bool resource, std::string category,
                            std::string funder, std::vector<Money> months, std::vector<Scaling> scalings,
                            bool interco) {
  ModelLine line;
  line.entity = entity;
  line.resource = resource;
  // Own resources by category, whoever pays (a co-financed prestation is
  // still sold): the same rule as for the base year's actuals.
  const auto& own = c.s.own_categories;
  line.own = resource && !interco && std::find(own.begin(), own.end(), category) != own.end();
  line.category = std::move(category);
  line.funder = std::move(funder);
  line.interco = interco;
  line.months = std::move(months);
  line.scalings = std::move(scalings);
  line.renewal_month = c.calendar.horizon;
  if (!interco) c.driven.insert({entity, line.resource, line.category});
  c.model.lines.push_back(std::move(line));
  return c.model.lines.back();
}

namespace {

// A funding source's category must be one of its entity's resource
// categories in the book: a typo would otherwise open a new row.
void check_category(const ModelContext& c, std::size_t entity, const FundingSource& f) {
  if (c.a.entities[entity].find(true, f.category) != nullptr) return;
  std::string known;
  for (const auto& line : c.a.entities[entity].resources) known += (known.empty() ? "" : ", ") + line.code;
  throw Error(ErrorKind::InvalidInput, f.where + ": category '" + f.category + "' is not a resource category of " +
                                           f.entity + " (" + known + ")");
}

// Base-year amount of a category less the interco flow booked in it.
Money anchor(const ModelContext& c, std::size_t entity, bool resource, const std::string& category) {
  const ActualLine* line = c.a.entities[entity].find(resource, category);
  Money amount = line != nullptr ? line->amount : Money();
  if (c.s.interco) {
    const auto& f = *c.s.interco;
    const std::string& party = resource ? f.payee : f.payer;
    const std::string& cat = resource ? f.payee_category : f.payer_category;
    if (c.a.entities[entity].entity == party && cat == category) amount -= f.annual;
  }
  return amount;
}

void add_tours(ModelContext& c) {
  for (const auto& t : c.s.tours) {
    const std::size_t entity = entity_index(c, t.entity, t.where);
    Months sales(c.calendar.horizon, Rational(0)), purchases(c.calendar.horizon, Rational(0));
    const Rational season = static_cast<long>(t.months.size());
    for (std::size_t i = 0; i < c.calendar.horizon; ++i) {
      const unsigned month = c.calendar.month_of(i);
      if (!c.calendar.active(i, t.from, t.to) || std::find(t.months.begin(), t.months.end(), month) == t.months.end())
        continue;
      sales[i] = c.v[t.dates] * c.v[t.takings] * c.growth.at(t.growth, i) / season;
      purchases[i] = sales[i] * (1 - c.v[t.margin]);
    }
    std::vector<Scaling> scalings{
        {t.dates, ScalingKind::Ratio}, {t.takings, ScalingKind::Ratio}, {t.growth, ScalingKind::Growth}};
    // Takings are cash at the till; drinks are paid at the suppliers' terms.
    const bool running = !t.from || t.from->year() <= c.s.base_year;
    add_model_line(c, entity, true, "activity-sales", "", sales, scalings).running = running;
    scalings.push_back({t.margin, ScalingKind::Complement});
    ModelLine& bought = add_model_line(c, entity, false, "purchases", "", purchases, scalings);
    bought.running = running;
    bought.lag_days = c.s.cash.supplier_days;
  }
}

// The first date a FunderLeaves event stops `funder`, if any.
std::optional<Date> leaves_on(const FundingScenario& s, const std::string& funder) {
  std::optional<Date> leaves;
  for (const auto& e : s.events) {
    if (e.kind == FundingEventKind::FunderLeaves && e.funder == funder && (!leaves || e.from < *leaves))
      leaves = e.from;
  }
  return leaves;
}

void add_funding_source(ModelContext& c, const FundingSource& f) {
  const std::size_t entity = entity_index(c, f.entity, f.where);
  check_category(c, entity, f);
  const std::optional<Date> leaves = leaves_on(c.s, f.funder);
  const Rational per_month = f.months.empty() ? Rational(12) : Rational(static_cast<long>(f.months.size()));
  const Calendar& cal = c.calendar;
  Months amounts(cal.horizon, Rational(0));
  std::size_t renewal_month = cal.horizon;
  for (std::size_t i = 0; i < cal.horizon; ++i) {
    if (f.end && cal.ym(i) > f.end->year_month()) renewal_month = std::min(renewal_month, i);
    if (!cal.active(i, f.from, std::nullopt) || (leaves && cal.ym(i) >= leaves->year_month())) continue;
    if (!f.months.empty() && std::find(f.months.begin(), f.months.end(), cal.month_of(i)) == f.months.end()) continue;
    amounts[i] = c.v[f.amount] * c.growth.at(f.growth, i) / per_month;
  }
  ModelLine& line = add_model_line(c, entity, true, f.category, f.funder, amounts,
                                   {{f.amount, ScalingKind::Ratio}, {f.growth, ScalingKind::Growth}});
  line.renewal = f.renewal;
  line.renewal_month = renewal_month;
  line.lag_days = f.payment_days;
  line.running = !f.from || f.from->year() <= c.s.base_year;
}

void add_staff(ModelContext& c) {
  for (const auto& st : c.s.staff) {
    const std::size_t entity = entity_index(c, st.entity, st.where);
    const Rational base = anchor(c, entity, false, "payroll").to_rational();
    Months payroll(c.calendar.horizon, Rational(0));
    for (std::size_t i = 0; i < c.calendar.horizon; ++i) {
      Rational fte = st.fte;
      for (const auto& e : c.s.events) {
        if (e.kind == FundingEventKind::Staff && e.entity == st.entity && c.calendar.ym(i) >= e.from.year_month())
          fte = e.fte;
      }
      payroll[i] = base / 12 * fte / st.fte * c.growth.at(st.cost_growth, i);
    }
    add_model_line(c, entity, false, "payroll", "", payroll, {{st.cost_growth, ScalingKind::Growth}});
  }
}

void add_interco(ModelContext& c) {
  if (!c.s.interco) return;
  const auto& f = *c.s.interco;
  const Months flat(c.calendar.horizon, f.annual.to_rational() / 12);
  add_model_line(c, entity_index(c, f.payer), false, f.payer_category, "", flat, {}, true);
  add_model_line(c, entity_index(c, f.payee), true, f.payee_category, "", flat, {}, true);
}

// Categories no driver models: resources stay flat, expenses follow inflation.
void add_carried_forward(ModelContext& c) {
  for (std::size_t e = 0; e < c.a.entities.size(); ++e) {
    for (bool resource : {true, false}) {
      for (const auto& actual : resource ? c.a.entities[e].resources : c.a.entities[e].expenses) {
        if (c.driven.contains({e, resource, actual.code})) continue;
        const Rational base = anchor(c, e, resource, actual.code).to_rational();
        if (base == 0) continue;
        Months amounts(c.calendar.horizon);
        for (std::size_t i = 0; i < c.calendar.horizon; ++i)
          amounts[i] = resource ? Rational(base / 12) : Rational(base / 12 * c.growth.at(c.s.inflation, i));
        std::vector<Scaling> scalings;
        if (!resource) scalings.push_back({c.s.inflation, ScalingKind::Growth});
        ModelLine& line = add_model_line(c, e, resource, actual.code, "", amounts, scalings);
        if (!resource && actual.code != "payroll") line.lag_days = c.s.cash.supplier_days;
      }
    }
  }
}

}  // namespace

FundingModel build_funding_model(const FundingScenario& scenario, const BaseYearActuals& actuals,
                                 const std::vector<CofinancingRule>& rules, const std::vector<Rational>& values) {
  if (values.size() != scenario.drivers.size())
    throw Error(ErrorKind::Internal, "driver values do not match the scenario");
  ModelContext c(scenario, actuals, rules, values);
  c.model.base_year = scenario.base_year;
  c.model.years = scenario.years;
  add_prestation_lines(c);
  add_tours(c);
  for (const auto& f : scenario.funding) add_funding_source(c, f);
  add_staff(c);
  add_interco(c);
  add_carried_forward(c);
  return std::move(c.model);
}

}  // namespace comptoir::forecast
