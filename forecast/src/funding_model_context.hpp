// Internal: what the builders of a funding model's lines share (the
// horizon's calendar, growth factors, the scenario with its driver values,
// the model being built), so that each kind of line has its own function
// and the prestations, which need the co-financing rules, their own file.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/date.hpp"
#include "core/rational.hpp"
#include "funding_model.hpp"

namespace comptoir::forecast {

// Exact amounts, one per month of the horizon.
using Months = std::vector<Rational>;

// The horizon's months: i = 0 is the January after the base year.
struct Calendar {
  int base_year = 0;
  int years = 0;            // projected years
  std::size_t horizon = 0;  // 12 × years

  [[nodiscard]] int year_of(std::size_t i) const { return base_year + 1 + static_cast<int>(i / 12); }
  [[nodiscard]] int year_index(std::size_t i) const { return 1 + static_cast<int>(i / 12); }
  [[nodiscard]] unsigned month_of(std::size_t i) const { return static_cast<unsigned>(i % 12 + 1); }
  [[nodiscard]] int ym(std::size_t i) const { return year_of(i) * 100 + static_cast<int>(month_of(i)); }
  [[nodiscard]] bool active(std::size_t i, const std::optional<Date>& from, const std::optional<Date>& to) const {
    return (!from || ym(i) >= from->year_month()) && (!to || ym(i) <= to->year_month());
  }
};

// (1 + g)^k of a growth driver for each projected year k, computed once.
class GrowthFactors {
 public:
  GrowthFactors(const std::vector<Rational>& values, const Calendar& calendar) : v_(values), calendar_(calendar) {}

  // The factor of the year of month i.
  [[nodiscard]] const Rational& at(std::size_t driver, std::size_t i);

 private:
  const std::vector<Rational>& v_;
  const Calendar& calendar_;
  std::map<std::size_t, std::vector<Rational>> cache_;
};

struct ModelContext {
  ModelContext(const FundingScenario& scenario, const BaseYearActuals& actuals,
               const std::vector<CofinancingRule>& cofinancing, const std::vector<Rational>& values)
      : s(scenario),
        a(actuals),
        rules(cofinancing),
        v(values),
        calendar{scenario.base_year, scenario.years, 12 * static_cast<std::size_t>(scenario.years)},
        growth(values, calendar) {}

  const FundingScenario& s;
  const BaseYearActuals& a;
  const std::vector<CofinancingRule>& rules;
  const std::vector<Rational>& v;  // one value per driver
  Calendar calendar;
  GrowthFactors growth;
  FundingModel model;
  // (entity, resource, category) of the lines drivers model: the others are carried forward.
  std::set<std::tuple<std::size_t, bool, std::string>> driven;
};

// Index of `entity` in the actuals; `where` locates the scenario table
// naming it, for the message. Throws Error(InvalidInput) when unknown.
[[nodiscard]] std::size_t entity_index(const ModelContext& c, const std::string& entity, const std::string& where = "");

// Each year of `exact` rounded half-up once, its cents spread over its
// months (allocate(): the months sum to the rounded year).
[[nodiscard]] std::vector<Money> round_months(const Months& exact);

// Adds a line from its exact months (rounded per year, see round_months).
ModelLine& add_model_line(ModelContext& c, std::size_t entity, bool resource, std::string category, std::string funder,
                          const Months& exact, std::vector<Scaling> scalings, bool interco = false);
// Adds a line from months already in cents.
ModelLine& add_rounded_line(ModelContext& c, std::size_t entity, bool resource, std::string category,
                            std::string funder, std::vector<Money> months, std::vector<Scaling> scalings,
                            bool interco = false);

// The prestations' lines: the communes' part and each co-funder's
// (funding_prestation_lines.cpp).
void add_prestation_lines(ModelContext& c);

}  // namespace comptoir::forecast
