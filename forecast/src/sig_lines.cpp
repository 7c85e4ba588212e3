// Summing and deriving the intermediate balances (SIG) in exact cents.
#include "forecast/cafe_plan.hpp"

namespace comptoir::forecast {

SigLines& SigLines::operator+=(const SigLines& o) {
  goods_sales += o.goods_sales;
  purchases += o.purchases;
  commercial_margin += o.commercial_margin;
  services_revenue += o.services_revenue;
  external_charges += o.external_charges;
  value_added += o.value_added;
  operating_subsidies += o.operating_subsidies;
  taxes += o.taxes;
  staff_costs += o.staff_costs;
  ebe += o.ebe;
  depreciation += o.depreciation;
  operating_result += o.operating_result;
  interest += o.interest;
  current_result += o.current_result;
  exceptional_income += o.exceptional_income;
  income_tax += o.income_tax;
  net_result += o.net_result;
  caf += o.caf;
  volunteer_contributions += o.volunteer_contributions;
  return *this;
}

void complete_balances(SigLines& l) {
  l.commercial_margin = l.goods_sales - l.purchases;
  l.value_added = l.commercial_margin + l.services_revenue - l.external_charges;
  l.ebe = l.value_added + l.operating_subsidies - l.taxes - l.staff_costs;
  l.operating_result = l.ebe - l.depreciation;
  l.current_result = l.operating_result - l.interest;
  l.net_result = l.current_result + l.exceptional_income - l.income_tax;
  // CAF (additive method): net result + depreciation − grant share taken to result.
  l.caf = l.net_result + l.depreciation - l.exceptional_income;
}

}  // namespace comptoir::forecast
