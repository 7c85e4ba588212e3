// A funding projection's base year from the activity report's category
// summaries and the class-5 balances (see forecast_base_year.hpp).
#include "reports/forecast_base_year.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/chart.hpp"
#include "core/error.hpp"
#include "reports/category_summaries.hpp"

namespace comptoir {
namespace {

std::vector<forecast::ActualLine> lines_of(const CategorySideSummary& side) {
  std::vector<forecast::ActualLine> out;
  for (const auto& row : side.rows) out.push_back({row.code, row.label_fr, row.label_en, row.amount});
  return out;
}

// Balance of the entity's cash accounts at the end of its fiscal year
// `year` (31 December of `year` when the book has no such year).
Money cash_at_year_end(const BookReader& reader, const std::string& entity, int year) {
  TransactionFilter filter;
  filter.entity = entity;
  filter.account_prefix = cash_account_prefix;
  filter.to = Date::from_ymd(year, 12, 31);
  for (const auto& y : reader.fiscal_years(entity)) {
    if (y.year == year) filter.to = y.end;
  }
  Money cash;
  for (const auto& row : reader.trial_balance(filter)) cash += row.balance();
  return cash;
}

}  // namespace

forecast::BaseYearActuals read_forecast_base_year(const BookReader& reader, int year) {
  const CategoryScheme scheme = CategoryScheme::activity_report();
  forecast::BaseYearActuals actuals;
  actuals.year = year;
  std::vector<std::string> codes;
  bool any = false;
  for (const auto& entity : reader.entities()) {
    if (!scheme.has_entity(entity.code)) continue;
    const CategorySummary summary = summarise_by_category(reader, entity.code, year, scheme);
    any = any || !summary.resources.total.is_zero() || !summary.expenses.total.is_zero();
    actuals.entities.push_back({entity.code, lines_of(summary.resources), lines_of(summary.expenses),
                                cash_at_year_end(reader, entity.code, year)});
    codes.push_back(entity.code);
  }
  if (!any) {
    throw Error(ErrorKind::InvalidInput, "the book has no validated income or expense in " + std::to_string(year) +
                                             " to project from (choose another --base-year)");
  }
  const CategorySummary combined = summarise_combined(reader, codes, year, scheme);
  actuals.combined = {"ALL", lines_of(combined.resources), lines_of(combined.expenses), Money()};
  for (const auto& e : actuals.entities) actuals.combined.year_end_cash += e.year_end_cash;
  return actuals;
}

forecast::BaseYearActuals read_forecast_base_year(const BookReader& reader, const CofinancingStore& cofinancing,
                                                  int year) {
  forecast::BaseYearActuals actuals = read_forecast_base_year(reader, year);
  const Date end = Date::from_ymd(year, 12, 31);
  for (const auto& commune : cofinancing.communes()) {
    forecast::CommuneCofinancing c{commune.code, commune.flags, {}};
    for (const auto& p : cofinancing.prestations(commune.code)) {
      if (p.date > end) continue;
      for (const auto& share : cofinancing.split(p.id).shares) {
        if (share.is_commune() || share.amount.is_zero()) continue;
        auto it = std::find_if(c.used.begin(), c.used.end(), [&](const auto& u) { return u.first == share.rule; });
        if (it == c.used.end()) it = c.used.insert(c.used.end(), {share.rule, Money()});
        it->second += share.amount;
      }
    }
    actuals.communes.push_back(std::move(c));
  }
  return actuals;
}

}  // namespace comptoir
