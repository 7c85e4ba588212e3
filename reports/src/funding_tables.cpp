// Funding projections, Monte Carlo bands, tornado rows and comparisons as
// report tables and chart series.
#include "reports/funding_tables.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "core/error.hpp"

namespace comptoir {
namespace {

using forecast::ActualLine;
using forecast::combined_scope;
using forecast::MoneyBand;
using forecast::MonteCarloYear;
using forecast::ScenarioOutcome;
using forecast::ScopeProjection;
using forecast::ScopeYear;

// A share as a percentage rounded half-up to 0.1.
Percent percent(const Rational& share) {
  return {to_decimal_string(share * 100, 1)};
}
// A driver's value in its own unit: an amount to the cent, a rate as a
// percentage to 0.1, a count to 0.1 (a quantile of a count is fractional).
Cell driver_value(const Rational& value, forecast::DriverUnit unit) {
  switch (unit) {
    case forecast::DriverUnit::Amount:
      return Money::round(value, RoundingMode::HalfUp);
    case forecast::DriverUnit::Rate:
      return percent(value);
    case forecast::DriverUnit::Count:
      break;
  }
  return Decimal{to_decimal_string(value, 1)};
}

std::string_view unit_label(forecast::DriverUnit unit) {
  switch (unit) {
    case forecast::DriverUnit::Amount:
      return "forecast.unit.amount";
    case forecast::DriverUnit::Rate:
      return "forecast.unit.rate";
    case forecast::DriverUnit::Count:
      break;
  }
  return "forecast.unit.count";
}

std::vector<Column> year_columns(const std::vector<int>& years, int actual_year, const Labels& t) {
  std::vector<Column> columns{{"line", std::string(t("forecast.col.line"))}};
  for (int y : years) {
    const std::string year = std::to_string(y);
    columns.push_back(
        {year, y == actual_year ? t("forecast.col.year_actual", {{"year", year}}) : year, 1, Align::Right});
  }
  return columns;
}

template <typename Value>
TableRow row_of(std::string label, const std::vector<Value>& values, bool separated = false) {
  TableRow row{{std::move(label)}, separated};
  for (const auto& v : values) row.cells.emplace_back(v);
  return row;
}

std::string label_of(const ActualLine& line, const Labels& t) {
  return t.french() ? line.label_fr : line.label_en;
}

std::vector<int> years_of(const auto& scope) {
  std::vector<int> years;
  for (const auto& y : scope.years) years.push_back(y.year);
  return years;
}

void add_side(TableData& table, const ScopeProjection& scope, bool resource, const Labels& t) {
  const auto& first = resource ? scope.years.front().resources : scope.years.front().expenses;
  // Rows of the base year, then codes only projected years have.
  std::vector<ActualLine> rows = first;
  for (const auto& y : scope.years) {
    for (const auto& line : resource ? y.resources : y.expenses) {
      if (std::none_of(rows.begin(), rows.end(), [&](const ActualLine& r) { return r.code == line.code; }))
        rows.push_back(line);
    }
  }
  for (const auto& r : rows) {
    std::vector<Money> values;
    for (const auto& y : scope.years) {
      Money amount;
      for (const auto& line : resource ? y.resources : y.expenses) {
        if (line.code == r.code) amount = line.amount;
      }
      values.push_back(amount);
    }
    table.rows.push_back(row_of(label_of(r, t), values));
  }
}

}  // namespace

TableData funding_projection_table(const ScopeProjection& scope, const Labels& t) {
  const auto years = years_of(scope);
  TableData table{"projection-" + scope.scope,
                  {t("forecast.projection.title", {{"scope", funding_scope_name(scope.scope, t)}}),
                   year_columns(years, years.front(), t)},
                  {}};
  std::vector<Money> resources, expenses, result, cash, lowest;
  std::vector<Cell> months, own, funder, funder_share;
  for (const auto& y : scope.years) {
    resources.push_back(y.total_resources);
    expenses.push_back(y.total_expenses);
    result.push_back(y.result());
    cash.push_back(y.year_end_cash);
    lowest.push_back(y.lowest_cash);
    // Months of expenses: a ratio, not a rate; shown as the language writes decimals.
    months.emplace_back(Decimal{to_decimal_string(y.months_covered(), 1)});
    own.emplace_back(percent(y.own_share()));
    funder.emplace_back(y.largest_funder.empty() ? "-" : y.largest_funder);
    funder_share.emplace_back(percent(y.largest_funder_share()));
  }
  add_side(table, scope, true, t);
  table.rows.push_back(row_of(std::string(t("forecast.projection.total_resources")), resources, true));
  // The co-funders' part of prestations, where the scope sells any: where
  // the co-financing caps show (not split in the base year's books).
  if (std::any_of(scope.years.begin(), scope.years.end(),
                  [](const ScopeYear& y) { return !y.cofinancing.is_zero(); })) {
    std::vector<Cell> cofinancing;
    for (const auto& y : scope.years) {
      if (y.actual) {
        cofinancing.emplace_back(std::string("-"));
      } else {
        cofinancing.emplace_back(y.cofinancing);
      }
    }
    table.rows.push_back(row_of(std::string(t("forecast.projection.cofinancing")), cofinancing));
  }
  add_side(table, scope, false, t);
  table.rows.push_back(row_of(std::string(t("forecast.projection.total_expenses")), expenses, true));
  table.rows.push_back(row_of(std::string(t("forecast.projection.result")), result, true));
  table.rows.push_back(row_of(std::string(t("forecast.projection.year_end_cash")), cash));
  table.rows.push_back(row_of(std::string(t("forecast.projection.lowest_cash")), lowest));
  table.rows.push_back(row_of(std::string(t("forecast.projection.months_covered")), months));
  table.rows.push_back(row_of(std::string(t("forecast.projection.own_share")), own));
  table.rows.push_back(row_of(std::string(t("forecast.projection.largest_funder")), funder));
  table.rows.push_back(row_of(std::string(t("forecast.projection.largest_funder_share")), funder_share));
  size_columns_to_content(table);
  return table;
}

TableData monte_carlo_table(const forecast::MonteCarloScope& scope, const forecast::MonteCarloOptions& o,
                            const Labels& t) {
  TableData table{"monte-carlo-" + scope.scope,
                  {t("forecast.monte_carlo.title", {{"scope", funding_scope_name(scope.scope, t)},
                                                    {"runs", std::to_string(o.runs)},
                                                    {"seed", std::to_string(o.seed)}}),
                   year_columns(years_of(scope), 0, t)},
                  {}};
  // P5, P50 and P95 rows of one band of each year.
  auto band_rows = [&](std::string_view label, auto band, auto cell) {
    for (auto [q, pick] : {std::pair{"P5", 0}, std::pair{"P50", 1}, std::pair{"P95", 2}}) {
      std::vector<Cell> values;
      for (const auto& y : scope.years) {
        const auto& b = band(y);
        values.emplace_back(cell(pick == 0 ? b.p5 : pick == 1 ? b.p50 : b.p95));
      }
      table.rows.push_back(row_of(std::string(label) + " " + q, values));
    }
  };
  auto money = [](Money m) { return m; };
  band_rows(
      t("forecast.projection.result"), [](const MonteCarloYear& y) -> const MoneyBand& { return y.result; }, money);
  band_rows(
      t("forecast.projection.year_end_cash"), [](const MonteCarloYear& y) -> const MoneyBand& { return y.cash; },
      money);
  band_rows(
      t("forecast.projection.own_share"), [](const MonteCarloYear& y) -> const auto& { return y.own_share; },
      [](auto share) { return percent(forecast::exact_share(share)); });
  // The co-funders' part of prestations, where the scope sells any.
  if (std::any_of(scope.years.begin(), scope.years.end(), [](const MonteCarloYear& y) {
        return !y.cofinancing.p5.is_zero() || !y.cofinancing.p95.is_zero();
      })) {
    band_rows(
        t("forecast.monte_carlo.cofinancing"),
        [](const MonteCarloYear& y) -> const MoneyBand& { return y.cofinancing; }, money);
  }
  std::vector<Percent> deficit, below;
  for (const auto& y : scope.years) {
    deficit.push_back(percent(y.deficit_probability()));
    below.push_back(percent(y.below_threshold_probability()));
  }
  table.rows.push_back(row_of(std::string(t("forecast.monte_carlo.deficit")), deficit));
  table.rows.push_back(
      row_of(t("forecast.monte_carlo.below_threshold", {{"threshold", t.amount(o.cash_threshold)}}), below));
  size_columns_to_content(table);
  return table;
}

TableData sensitivity_table(const forecast::SensitivityAnalysis& a, const Labels& t) {
  TableData table{"sensitivity",
                  {t("forecast.sensitivity.title", {{"year", std::to_string(a.year)}, {"base", t.amount(a.base)}}),
                   {{"driver", std::string(t("forecast.sensitivity.col.driver"))},
                    {"unit", std::string(t("forecast.sensitivity.col.unit"))},
                    {"low", std::string(t("forecast.sensitivity.col.low")), 1, Align::Right},
                    {"high", std::string(t("forecast.sensitivity.col.high")), 1, Align::Right},
                    {"cash_low", std::string(t("forecast.sensitivity.col.cash_low")), 1, Align::Right},
                    {"cash_high", std::string(t("forecast.sensitivity.col.cash_high")), 1, Align::Right},
                    {"swing", std::string(t("forecast.sensitivity.col.swing")), 1, Align::Right}}},
                  {}};
  for (const auto& r : a.rows) {
    table.rows.push_back({{t.french() ? r.label : r.label_en, std::string(t(unit_label(r.unit))),
                           driver_value(r.low, r.unit), driver_value(r.high, r.unit), r.at_low, r.at_high, r.swing()}});
  }
  size_columns_to_content(table);
  return table;
}

TableData funding_comparison_table(const std::vector<ScenarioOutcome>& outcomes, const Labels& t) {
  if (outcomes.empty()) throw Error(ErrorKind::InvalidInput, "nothing to compare");
  TableData table{
      "comparison", {std::string(t("forecast.comparison.title")), {{"line", std::string(t("forecast.col.line"))}}}, {}};
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    table.header.columns.push_back({"scenario_" + std::to_string(i + 1), outcomes[i].name, 1, Align::Right});
  }
  const auto& first = outcomes.front().projection.scope(combined_scope).years;
  // One row per year of the first scenario; "-" where another is shorter.
  auto yearly = [&](std::string_view id, auto value) {
    for (std::size_t k = 0; k < first.size(); ++k) {
      TableRow row{{t(id, {{"year", std::to_string(first[k].year)}})}};
      for (const auto& o : outcomes) {
        const auto& years = o.projection.scope(combined_scope).years;
        row.cells.push_back(k < years.size() ? value(years[k]) : Cell(std::string("-")));
      }
      table.rows.push_back(std::move(row));
    }
  };
  yearly("forecast.comparison.result", [](const ScopeYear& y) { return Cell(y.result()); });
  yearly("forecast.comparison.cash", [](const ScopeYear& y) { return Cell(y.year_end_cash); });
  yearly("forecast.comparison.own_share", [](const ScopeYear& y) { return Cell(percent(y.own_share())); });
  // The share and the name in one cell: who funds most may change with the scenario.
  yearly("forecast.comparison.largest_funder", [&](const ScopeYear& y) {
    if (y.largest_funder.empty()) return Cell(std::string("-"));
    return Cell(t.decimal(percent(y.largest_funder_share()).decimal) + " % " + y.largest_funder);
  });
  const std::string last_year = std::to_string(first.back().year);
  TableRow deficit{{t("forecast.comparison.deficit", {{"year", last_year}})}};
  TableRow cash_p5{{t("forecast.comparison.cash_p5", {{"year", last_year}})}};
  bool any = false;
  for (const auto& o : outcomes) {
    if (o.monte_carlo) {
      any = true;
      const auto& y = o.monte_carlo->scope(combined_scope).years.back();
      deficit.cells.emplace_back(percent(y.deficit_probability()));
      cash_p5.cells.emplace_back(y.cash.p5);
    } else {
      deficit.cells.emplace_back(std::string("-"));
      cash_p5.cells.emplace_back(std::string("-"));
    }
  }
  if (any) {
    table.rows.push_back(std::move(deficit));
    table.rows.push_back(std::move(cash_p5));
  }
  size_columns_to_content(table);
  return table;
}

std::vector<TableData> funding_comparison_tables(const std::vector<ScenarioOutcome>& outcomes, const Labels& t) {
  return {funding_comparison_table(outcomes, t),
          chart_series_table(cash_series(outcomes), "series-cash", std::string(t("forecast.series.cash"))),
          chart_series_table(result_series(outcomes), "series-result", std::string(t("forecast.series.result")))};
}

std::vector<ChartSeries> resource_mix_series(const ScopeProjection& scope, const Labels& t) {
  std::vector<ChartSeries> out;
  std::vector<std::string> x;
  for (const auto& y : scope.years) x.push_back(std::to_string(y.year));
  for (const auto& y : scope.years) {
    for (const auto& line : y.resources) {
      const std::string name = label_of(line, t);
      auto it = std::find_if(out.begin(), out.end(), [&](const ChartSeries& s) { return s.name == name; });
      if (it == out.end()) it = out.insert(out.end(), {name, x, std::vector<Money>(x.size())});
      it->values[static_cast<std::size_t>(y.year - scope.years.front().year)] = line.amount;
    }
  }
  return out;
}

TableData resource_mix_table(const ScopeProjection& scope, const Labels& t) {
  return chart_series_table(resource_mix_series(scope, t), "mix-" + scope.scope,
                            t("forecast.series.resource_mix", {{"scope", scope.scope}}));
}

namespace {

template <typename Value>
std::vector<ChartSeries> per_scenario(const std::vector<ScenarioOutcome>& outcomes, Value value) {
  std::vector<ChartSeries> out;
  for (const auto& o : outcomes) {
    ChartSeries s{o.name, {}, {}};
    for (const auto& y : o.projection.scope(combined_scope).years) {
      s.x_labels.push_back(std::to_string(y.year));
      s.values.push_back(value(y));
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

std::vector<ChartSeries> cash_series(const std::vector<ScenarioOutcome>& outcomes) {
  return per_scenario(outcomes, [](const ScopeYear& y) { return y.year_end_cash; });
}

std::vector<ChartSeries> result_series(const std::vector<ScenarioOutcome>& outcomes) {
  return per_scenario(outcomes, [](const ScopeYear& y) { return y.result(); });
}

std::string funding_scope_name(const std::string& scope, const Labels& t) {
  return scope == combined_scope ? std::string(t("forecast.scope.combined")) : scope;
}

FundingChartData funding_chart_data(const ScopeProjection& scope, const forecast::MonteCarloScope* monte_carlo,
                                    const Labels& t) {
  FundingChartData out;
  out.scope = scope.scope;
  out.resources = resource_mix_series(scope, t);
  out.result.name = t("forecast.series.result");
  out.cash.name = t("forecast.series.cash");
  for (const auto& y : scope.years) {
    out.years.push_back(std::to_string(y.year));
    out.result.values.push_back(y.result());
    out.cash.values.push_back(y.year_end_cash);
    out.own_share.push_back(y.own_share());
  }
  out.result.x_labels = out.years;
  out.cash.x_labels = out.years;
  if (monte_carlo == nullptr) return out;
  for (const auto& y : monte_carlo->years) {
    const bool projected = std::any_of(scope.years.begin(), scope.years.end(),
                                       [&](const forecast::ScopeYear& p) { return p.year == y.year && !p.actual; });
    if (!projected) {
      throw Error(ErrorKind::InvalidInput,
                  "Monte Carlo year " + std::to_string(y.year) + " is not projected for " + scope.scope);
    }
    out.band_years.push_back(std::to_string(y.year));
    out.result_p5.values.push_back(y.result.p5);
    out.result_p50.values.push_back(y.result.p50);
    out.result_p95.values.push_back(y.result.p95);
    out.cash_p5.values.push_back(y.cash.p5);
    out.cash_p50.values.push_back(y.cash.p50);
    out.cash_p95.values.push_back(y.cash.p95);
  }
  for (ChartSeries* s :
       {&out.result_p5, &out.result_p50, &out.result_p95, &out.cash_p5, &out.cash_p50, &out.cash_p95}) {
    s->x_labels = out.band_years;
  }
  return out;
}

}  // namespace comptoir
