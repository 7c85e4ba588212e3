// Funding projections, Monte Carlo bands, tornado rows and comparisons as
// plan tables and chart series.
#include "reports/funding_tables.hpp"

#include <cmath>

#include "core/error.hpp"

namespace comptoir::forecast {
namespace {

bool french(LabelLanguage l) {
  return l == LabelLanguage::French;
}
std::string tr(LabelLanguage l, const char* fr, const char* en) {
  return french(l) ? fr : en;
}

std::string localise_decimal(std::string text, LabelLanguage l) {
  if (french(l)) std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

// "36.1 %" from an exact share (half-up to 0.1 %).
std::string percent(const Rational& share, LabelLanguage l) {
  return localise_decimal(to_decimal_string(share * 100, 1), l) + " %";
}
// From a double share, rounded half away from zero to 0.1 % (display only).
std::string percent(double share, LabelLanguage l) {
  return percent(Rational(std::llround(share * 1000), 1000), l);
}

std::string scope_name(const std::string& scope, LabelLanguage l) {
  if (scope == combined_scope)
    return tr(l, "AT + RES (combiné, flux internes éliminés)", "AT + RES (combined, interco eliminated)");
  return scope;
}

std::vector<PlanColumn> year_columns(const std::vector<int>& years, int actual_year, LabelLanguage l) {
  std::vector<PlanColumn> columns{{"line", tr(l, "Poste", "Line"), false}};
  for (int y : years) {
    std::string heading = std::to_string(y) + (y == actual_year ? tr(l, " réel", " actual") : "");
    columns.push_back({std::to_string(y), heading, true});
  }
  return columns;
}

template <typename Value>
PlanTableRow row_of(const std::string& label, const std::vector<Value>& values, bool emphasis = false) {
  PlanTableRow row{{label}, emphasis};
  for (const auto& v : values) row.cells.emplace_back(v);
  return row;
}

std::string label_of(const ActualLine& line, LabelLanguage l) {
  return french(l) ? line.label_fr : line.label_en;
}

void add_side(PlanTable& t, const ScopeProjection& scope, bool resource, LabelLanguage l) {
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
    t.rows.push_back(row_of(label_of(r, l), values));
  }
}

}  // namespace

PlanTable funding_projection_table(const ScopeProjection& scope, LabelLanguage l) {
  std::vector<int> years;
  for (const auto& y : scope.years) years.push_back(y.year);
  PlanTable t{"projection-" + scope.scope,
              tr(l, "Projection du modèle de financement — ", "Funding-mix projection — ") + scope_name(scope.scope, l),
              year_columns(years, years.front(), l),
              {}};
  std::vector<Money> resources, expenses, result, cash, lowest;
  std::vector<std::string> months, own, funder, funder_share;
  for (const auto& y : scope.years) {
    resources.push_back(y.total_resources);
    expenses.push_back(y.total_expenses);
    result.push_back(y.result());
    cash.push_back(y.year_end_cash);
    lowest.push_back(y.lowest_cash);
    months.push_back(localise_decimal(to_decimal_string(y.months_covered(), 1), l));
    own.push_back(percent(y.own_share(), l));
    funder.push_back(y.largest_funder.empty() ? "-" : y.largest_funder);
    funder_share.push_back(percent(y.largest_funder_share(), l));
  }
  add_side(t, scope, true, l);
  t.rows.push_back(row_of(tr(l, "Total ressources", "Total resources"), resources, true));
  add_side(t, scope, false, l);
  t.rows.push_back(row_of(tr(l, "Total charges", "Total expenses"), expenses, true));
  t.rows.push_back(row_of(tr(l, "Résultat", "Result"), result, true));
  t.rows.push_back(row_of(tr(l, "Trésorerie fin d'année", "Year-end cash"), cash));
  t.rows.push_back(row_of(tr(l, "Trésorerie mensuelle minimale", "Lowest month-end cash"), lowest));
  t.rows.push_back(row_of(tr(l, "Mois de charges couverts", "Months of expenses covered"), months));
  t.rows.push_back(row_of(tr(l, "Part des ressources propres", "Own-resources share"), own));
  t.rows.push_back(row_of(tr(l, "Premier financeur", "Largest funder"), funder));
  t.rows.push_back(row_of(tr(l, "Part du premier financeur", "Largest funder's share"), funder_share));
  return t;
}

PlanTable monte_carlo_table(const MonteCarloScope& scope, const MonteCarloOptions& o, LabelLanguage l) {
  std::vector<int> years;
  for (const auto& y : scope.years) years.push_back(y.year);
  PlanTable t{"monte-carlo-" + scope.scope,
              tr(l, "Monte Carlo — ", "Monte Carlo — ") + scope_name(scope.scope, l) + " (" + std::to_string(o.runs) +
                  tr(l, " tirages, graine ", " paths, seed ") + std::to_string(o.seed) + ")",
              year_columns(years, 0, l),
              {}};
  auto money_rows = [&](const char* fr, const char* en, auto band) {
    for (auto [q, pick] : {std::pair{"P5", 0}, std::pair{"P50", 1}, std::pair{"P95", 2}}) {
      std::vector<Money> values;
      for (const auto& y : scope.years) {
        const MoneyBand& b = band(y);
        values.push_back(pick == 0 ? b.p5 : pick == 1 ? b.p50 : b.p95);
      }
      t.rows.push_back(row_of(tr(l, fr, en) + " " + q, values));
    }
  };
  money_rows("Résultat", "Result", [](const MonteCarloYear& y) -> const MoneyBand& { return y.result; });
  money_rows("Trésorerie fin d'année", "Year-end cash",
             [](const MonteCarloYear& y) -> const MoneyBand& { return y.cash; });
  for (auto [q, pick] : {std::pair{"P5", 0}, std::pair{"P50", 1}, std::pair{"P95", 2}}) {
    std::vector<std::string> values;
    for (const auto& y : scope.years) {
      values.push_back(percent(pick == 0 ? y.own_share.p5 : pick == 1 ? y.own_share.p50 : y.own_share.p95, l));
    }
    t.rows.push_back(row_of(tr(l, "Part des ressources propres", "Own-resources share") + " " + q, values));
  }
  std::vector<std::string> deficit, below;
  for (const auto& y : scope.years) {
    deficit.push_back(percent(y.deficit_probability(), l));
    below.push_back(percent(y.below_threshold_probability(), l));
  }
  t.rows.push_back(row_of(tr(l, "Probabilité de déficit", "Probability of a deficit"), deficit));
  t.rows.push_back(row_of(tr(l, "Proba. trésorerie d'un mois < ", "Probability a month's cash < ") +
                              (french(l) ? o.cash_threshold.to_french() : o.cash_threshold.to_string()),
                          below));
  return t;
}

PlanTable sensitivity_table(const SensitivityAnalysis& a, LabelLanguage l) {
  const std::string year = std::to_string(a.year);
  PlanTable t{
      "sensitivity",
      tr(l, "Sensibilité (tornade) : trésorerie combinée fin ", "Sensitivity (tornado): combined year-end cash ") +
          year + tr(l, ", base ", ", base ") + (french(l) ? a.base.to_french() : a.base.to_string()),
      {{"driver", tr(l, "Hypothèse", "Driver"), false},
       {"low", tr(l, "Basse", "Low"), true},
       {"high", tr(l, "Haute", "High"), true},
       {"cash_low", tr(l, "Tréso. si basse", "Cash if low"), true},
       {"cash_high", tr(l, "Tréso. si haute", "Cash if high"), true},
       {"swing", tr(l, "Écart", "Swing"), true}},
      {}};
  for (const auto& r : a.rows) {
    t.rows.push_back({{french(l) ? r.label : r.label_en, localise_decimal(to_decimal_string(r.low, 4), l),
                       localise_decimal(to_decimal_string(r.high, 4), l), r.at_low, r.at_high, r.swing()},
                      false});
  }
  return t;
}

PlanTable comparison_table(const std::vector<ScenarioOutcome>& outcomes, LabelLanguage l) {
  if (outcomes.empty()) throw Error(ErrorKind::InvalidInput, "nothing to compare");
  PlanTable t{"comparison",
              tr(l, "Comparaison des scénarios (AT + RES combinés)", "Scenarios compared (AT + RES combined)"),
              {{"line", tr(l, "Poste", "Line"), false}},
              {}};
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    t.columns.push_back({"scenario_" + std::to_string(i + 1), outcomes[i].name, true});
  }
  const auto& first = outcomes.front().projection.scope(combined_scope).years;
  auto yearly = [&](const std::string& label, auto value) {
    for (std::size_t k = 0; k < first.size(); ++k) {
      PlanTableRow row{{label + " " + std::to_string(first[k].year)}, false};
      for (const auto& o : outcomes) {
        const auto& years = o.projection.scope(combined_scope).years;
        if (k < years.size())
          row.cells.emplace_back(value(years[k]));
        else
          row.cells.emplace_back(std::string("-"));
      }
      t.rows.push_back(row);
    }
  };
  yearly(tr(l, "Résultat", "Result"), [](const ScopeYear& y) { return y.result(); });
  yearly(tr(l, "Trésorerie", "Cash"), [](const ScopeYear& y) { return y.year_end_cash; });
  yearly(tr(l, "Ressources propres", "Own resources"), [&](const ScopeYear& y) { return percent(y.own_share(), l); });
  yearly(tr(l, "Premier financeur", "Largest funder"), [&](const ScopeYear& y) {
    return y.largest_funder.empty() ? std::string("-") : percent(y.largest_funder_share(), l) + " " + y.largest_funder;
  });
  PlanTableRow deficit{
      {tr(l, "Probabilité de déficit ", "Probability of a deficit ") + std::to_string(first.back().year)}, false};
  PlanTableRow cash_p5{{tr(l, "Trésorerie P5 ", "Cash P5 ") + std::to_string(first.back().year)}, false};
  bool any = false;
  for (const auto& o : outcomes) {
    if (o.monte_carlo) {
      any = true;
      const auto& y = o.monte_carlo->scope(combined_scope).years.back();
      deficit.cells.emplace_back(percent(y.deficit_probability(), l));
      cash_p5.cells.emplace_back(y.cash.p5);
    } else {
      deficit.cells.emplace_back(std::string("-"));
      cash_p5.cells.emplace_back(std::string("-"));
    }
  }
  if (any) {
    t.rows.push_back(deficit);
    t.rows.push_back(cash_p5);
  }
  return t;
}

PlanTable chart_series_table(const std::vector<ChartSeries>& series, const std::string& key, const std::string& title) {
  PlanTable t{key, title, {{"series", "", false}}, {}};
  if (!series.empty()) {
    for (const auto& x : series.front().x_labels) t.columns.push_back({x, x, true});
  }
  for (const auto& s : series) t.rows.push_back(row_of(s.name, s.values));
  return t;
}

std::vector<ChartSeries> resource_mix_series(const ScopeProjection& scope, LabelLanguage l) {
  std::vector<ChartSeries> out;
  std::vector<std::string> x;
  for (const auto& y : scope.years) x.push_back(std::to_string(y.year));
  for (const auto& y : scope.years) {
    for (const auto& line : y.resources) {
      auto it = std::find_if(out.begin(), out.end(), [&](const ChartSeries& s) { return s.name == label_of(line, l); });
      if (it == out.end()) it = out.insert(out.end(), {label_of(line, l), x, std::vector<Money>(x.size())});
      it->values[static_cast<std::size_t>(y.year - scope.years.front().year)] = line.amount;
    }
  }
  return out;
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

}  // namespace comptoir::forecast
