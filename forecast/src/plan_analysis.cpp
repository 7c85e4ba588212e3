// Income tax, yearly totals, break-even (seuil de rentabilité, point mort)
// and working-capital need (BFR) of a café plan, in exact cents.
#include <algorithm>

#include "cafe_plan_steps.hpp"

namespace comptoir::forecast {
namespace {

constexpr RoundingMode half_up = RoundingMode::HalfUp;

// IS: 15 % on the first 42 500 € of profit, 25 % above.
Money corporate_tax(Money taxable) {
  const Money reduced_band = Money::from_euros(42500);
  if (!(taxable > Money())) return Money();
  Money reduced = std::min(taxable, reduced_band);
  Money normal = taxable - reduced;
  return reduced.times(Rational(15, 100), half_up) + normal.times(Rational(25, 100), half_up);
}

BreakEven break_even_of(const SigLines& y, const std::vector<MonthFlows>& months, std::size_t first) {
  BreakEven be;
  be.fixed_costs = y.external_charges + y.taxes + y.staff_costs + y.depreciation + y.interest - y.operating_subsidies;
  const Money revenue = y.revenue();
  be.contribution_margin = revenue - y.purchases;
  if (!(be.contribution_margin > Money())) return be;
  const Money fixed = std::max(be.fixed_costs, Money());
  be.revenue =
      Money::round(fixed.to_rational() * revenue.to_rational() / be.contribution_margin.to_rational(), half_up);
  Money cumulative;
  for (std::size_t i = first; i < first + 12 && i < months.size(); ++i) {
    cumulative += months[i].month.lines.revenue();
    if (cumulative >= *be.revenue) {
      be.reached_in = months[i].month.month;
      break;
    }
  }
  return be;
}

WorkingCapitalNeed working_capital_of(const WorkingCapitalTerms& t, Money purchases, Money sales_incl_vat,
                                      Money purchases_incl_vat) {
  WorkingCapitalNeed w;
  w.stock = Money::round(purchases.to_rational() * t.stock_days / 360, half_up);
  w.receivables = Money::round(sales_incl_vat.to_rational() * t.customer_days / 360, half_up);
  w.payables = Money::round(purchases_incl_vat.to_rational() * t.supplier_days / 360, half_up);
  w.need = w.stock + w.receivables - w.payables;
  return w;
}

}  // namespace

std::vector<Money> book_income_tax(const CafePlanScenario& s, std::vector<MonthFlows>& months) {
  std::vector<Money> taxes;
  Money losses_carried;  // déficits reportables
  for (int y = 0; y < s.years; ++y) {
    Money profit;
    for (int m = 0; m < 12; ++m) {
      const SigLines& l = months[static_cast<std::size_t>(y * 12 + m)].month.lines;
      profit += l.current_result + l.exceptional_income;
    }
    Money tax;
    if (s.income_tax == IncomeTaxRegime::CorporateTax) {
      Money taxable = profit - losses_carried;
      losses_carried = taxable.is_negative() ? -taxable : Money();
      tax = corporate_tax(taxable);
    }
    months[static_cast<std::size_t>(y * 12 + 11)].month.lines.income_tax = tax;
    taxes.push_back(tax);
  }
  return taxes;
}

std::vector<PlanYear> summarise_years(const CafePlanScenario& s, const std::vector<MonthFlows>& months) {
  std::vector<PlanYear> years;
  for (int y = 0; y < s.years; ++y) {
    const auto first = static_cast<std::size_t>(y * 12);
    PlanYear year;
    year.index = y;
    year.first_month = months[first].month.month;
    Money sales_incl_vat;
    Money purchases_incl_vat;
    for (std::size_t i = first; i < first + 12; ++i) {
      year.lines += months[i].month.lines;
      sales_incl_vat += months[i].sales_incl_vat;
      purchases_incl_vat += months[i].purchases_incl_vat;
    }
    year.break_even = break_even_of(year.lines, months, first);
    year.working_capital =
        working_capital_of(s.working_capital, year.lines.purchases, sales_incl_vat, purchases_incl_vat);
    years.push_back(year);
  }
  return years;
}

std::optional<int> first_profitable_month(const std::vector<MonthFlows>& months) {
  Money cumulative;
  for (std::size_t i = 0; i < months.size(); ++i) {
    cumulative += months[i].month.lines.net_result;
    if (cumulative > Money()) return static_cast<int>(i);
  }
  return std::nullopt;
}

}  // namespace comptoir::forecast
