// The monthly operating figures of a café plan. Everything that does not
// change from month to month (per-day ticket totals, staff cost, the split
// of yearly costs) is prepared once, so a 5-year plan stays a few thousand
// exact operations. Each monthly line is rounded half-up to the cent once.
#include <algorithm>

#include "cafe_plan_steps.hpp"
#include "core/allocation.hpp"
#include "core/error.hpp"
#include "fast_rate.hpp"

namespace comptoir::forecast {
namespace {

constexpr RoundingMode half_up = RoundingMode::HalfUp;

// `total` split into `parts` near-equal parts, the first ones taking the
// extra cents (core's split_evenly()). A café plan spreads no negative amount.
std::vector<Money> even_parts(Money total, int parts) {
  if (total.is_negative()) throw Error(ErrorKind::InvalidInput, "café scenario: negative amount to spread");
  return split_evenly(total, parts);
}

bool in_months(const std::vector<unsigned>& months, unsigned month) {
  return months.empty() || std::find(months.begin(), months.end(), month) != months.end();
}

// A goods family reduced to what changes with the month's activity factor.
struct FamilyRates {
  Rational ttc_per_factor;  // customers per day × ticket incl. VAT
  Rational excl_vat_share;  // 1 / (1 + VAT rate), 1 under franchise
  FastRate cost_share;      // 1 − gross margin
  FastRate vat_rate;        // 0 under franchise
};

// A yearly cost spread by calendar month (index 0 = January).
struct MonthlyCost {
  FixedCostKind kind;
  std::array<Money, 12> charge{};  // in the income statement
  std::array<Money, 12> vat{};     // deductible (real regime only)
};

struct Drivers {
  std::vector<FamilyRates> families;
  std::vector<Rational> daily_commission;  // daily volume × commission rate
  std::vector<FastRate> service_vat;
  std::vector<std::pair<Money, const StaffLine*>> staff;
  std::vector<std::pair<Money, const StaffLine*>> volunteers;
  std::vector<MonthlyCost> costs;
  std::vector<Money> depreciation;  // by plan month
  std::vector<Money> grant_share;   // by plan month
  std::vector<Money> interest;      // by plan month
};

std::vector<std::pair<Money, const StaffLine*>> monthly_staff(const std::vector<StaffLine>& lines) {
  std::vector<std::pair<Money, const StaffLine*>> out;
  for (const auto& s : lines) {
    // 52 weeks a year spread over 12 months.
    out.emplace_back(Money::round(s.hours_per_week * 52 / 12 * s.hourly_cost.to_rational(), half_up), &s);
  }
  return out;
}

MonthlyCost spread_cost(const FixedCost& cost, bool real_vat) {
  MonthlyCost out{cost.kind, {}, {}};
  std::vector<unsigned> months = cost.months;
  if (months.empty()) {
    for (unsigned m = 1; m <= 12; ++m) months.push_back(m);
  }
  std::sort(months.begin(), months.end());
  const std::vector<Money> parts = even_parts(cost.annual, static_cast<int>(months.size()));
  for (std::size_t i = 0; i < months.size(); ++i) {
    const Money part = parts[i];
    const Money vat = part.times(cost.vat_rate, half_up);
    const unsigned month = months[i];
    out.charge[month - 1] = real_vat ? part : part + vat;
    out.vat[month - 1] = real_vat ? vat : Money();
  }
  return out;
}

// Adds `total` spread evenly over `months` plan months (straight line).
void add_straight_line(std::vector<Money>& by_month, Money total, int months) {
  if (months <= 0 || total.is_zero()) return;
  const std::vector<Money> parts = even_parts(total, months);
  for (std::size_t i = 0; i < parts.size() && i < by_month.size(); ++i) by_month[i] += parts[i];
}

Drivers prepare(const CafePlanScenario& s, const std::vector<LoanSchedule>& loans) {
  const bool real_vat = s.vat != VatRegime::Franchise;
  const auto horizon = static_cast<std::size_t>(s.years * 12);
  Drivers d;
  for (const auto& f : s.families) {
    Rational vat = real_vat ? f.vat_rate : Rational(0);
    d.families.push_back(
        {s.customers_per_day * f.ticket.to_rational(), 1 / (1 + vat), FastRate(1 - f.gross_margin), FastRate(vat)});
  }
  for (const auto& sv : s.services) {
    d.daily_commission.push_back(sv.daily_volume.to_rational() * sv.commission);
    d.service_vat.emplace_back(sv.vat_rate);
  }
  d.staff = monthly_staff(s.staff);
  d.volunteers = monthly_staff(s.volunteers);
  for (const auto& c : s.fixed_costs) d.costs.push_back(spread_cost(c, real_vat));
  d.depreciation.assign(horizon, Money());
  for (const auto& inv : s.investments) {
    Money base = real_vat ? inv.amount : inv.amount + inv.amount.times(inv.vat_rate, half_up);
    add_straight_line(d.depreciation, base, inv.depreciation_years * 12);
  }
  d.grant_share.assign(horizon, Money());
  for (const auto& g : s.grants) add_straight_line(d.grant_share, g.amount, g.years * 12);
  d.interest.assign(horizon, Money());
  for (const auto& loan : loans) {
    for (std::size_t i = 0; i < horizon && i < loan.instalments.size(); ++i)
      d.interest[i] += loan.instalments[i].interest;
  }
  return d;
}

void add_goods(const Drivers& d, const Rational& factor, MonthFlows& out) {
  for (std::size_t i = 0; i < d.families.size(); ++i) {
    const FamilyRates& f = d.families[i];
    Rational ttc_exact = f.ttc_per_factor * factor;
    Money ttc = Money::round(ttc_exact, half_up);
    Money excl = Money::round(ttc_exact * f.excl_vat_share, half_up);
    Money cost = f.cost_share.times_half_up(excl);
    Money cost_vat = f.vat_rate.times_half_up(cost);
    out.month.family_sales.push_back(excl);
    out.month.lines.goods_sales += excl;
    out.month.lines.purchases += cost;
    out.sales_incl_vat += ttc;
    out.vat_collected += ttc - excl;
    out.purchases_incl_vat += cost + cost_vat;
    out.vat_deductible += cost_vat;
  }
}

void add_services(const CafePlanScenario& s, const Drivers& d, const Rational& factor, bool open, MonthFlows& out) {
  const bool real_vat = s.vat != VatRegime::Franchise;
  for (std::size_t i = 0; i < s.services.size(); ++i) {
    const ServiceLine& sv = s.services[i];
    Rational exact = d.daily_commission[i] * factor;
    if (open) exact += sv.monthly_fee.to_rational();
    Money revenue = Money::round(exact, half_up);
    Money vat = real_vat ? d.service_vat[i].times_half_up(revenue) : Money();
    out.month.service_revenue.push_back(revenue);
    out.month.lines.services_revenue += revenue;
    out.sales_incl_vat += revenue + vat;
    out.vat_collected += vat;
  }
}

void add_costs(const Drivers& d, unsigned calendar_month, std::size_t index, MonthFlows& out) {
  SigLines& l = out.month.lines;
  for (const auto& [cost, line] : d.staff) {
    if (in_months(line->months, calendar_month)) l.staff_costs += cost;
  }
  out.staff_paid = l.staff_costs;
  for (const auto& [value, line] : d.volunteers) {
    if (in_months(line->months, calendar_month)) l.volunteer_contributions += value;
  }
  for (const auto& c : d.costs) {
    Money charge = c.charge[calendar_month - 1];
    (c.kind == FixedCostKind::Tax ? l.taxes : l.external_charges) += charge;
    out.fixed_costs_incl_vat += charge + c.vat[calendar_month - 1];
    out.vat_deductible += c.vat[calendar_month - 1];
  }
  l.depreciation = d.depreciation[index];
  l.exceptional_income = d.grant_share[index];
  l.interest = d.interest[index];
}

void add_subsidies(const CafePlanScenario& s, int year, int month_in_year, MonthFlows& out) {
  for (const auto& sub : s.subsidies) {
    if (year >= sub.years) continue;
    out.month.lines.operating_subsidies += even_parts(sub.annual, 12)[static_cast<std::size_t>(month_in_year)];
  }
}

}  // namespace

int open_days_in_month(Date first_day, const std::array<bool, 7>& open_weekdays) {
  int count = 0;
  const std::int32_t last = first_day.end_of_month().days();
  for (std::int32_t day = first_day.days(); day <= last; ++day) {
    // 1970-01-01 (day 0) was a Thursday: index 3 with Monday = 0.
    auto weekday = static_cast<std::size_t>(((day % 7) + 7 + 3) % 7);
    if (open_weekdays[weekday]) ++count;
  }
  return count;
}

std::vector<MonthFlows> compute_operations(const CafePlanScenario& s, const std::vector<LoanSchedule>& loans) {
  const Drivers d = prepare(s, loans);
  std::vector<MonthFlows> out;
  out.reserve(static_cast<std::size_t>(s.years * 12));
  for (int i = 0; i < s.years * 12; ++i) {
    MonthFlows f;
    f.month.month = s.start.plus_months(i);
    f.month.year_index = i / 12;
    const unsigned calendar_month = f.month.month.month();
    const Rational& season = s.seasonality[calendar_month - 1];
    const Rational ramp =
        s.ramp_up.empty() ? Rational(1) : s.ramp_up[std::min(static_cast<std::size_t>(i / 12), s.ramp_up.size() - 1)];
    f.month.open_days = season == 0 ? 0 : open_days_in_month(f.month.month, s.open_weekdays);
    const Rational factor = f.month.open_days * season * ramp;
    add_goods(d, factor, f);
    add_services(s, d, factor, f.month.open_days > 0, f);
    add_costs(d, calendar_month, static_cast<std::size_t>(i), f);
    add_subsidies(s, i / 12, i % 12, f);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace comptoir::forecast
