// Café plans side by side: figures read from each computed plan (SIG lines,
// break-even, BFR, cash plan, financing plan), labelled in French or English.
#include "reports/cafe_comparison.hpp"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>

#include "core/error.hpp"
#include "forecast/cafe_plan.hpp"

namespace comptoir::forecast {
namespace {

using Lang = LabelLanguage;

std::string tr(Lang lang, const char* french, const char* english) { return lang == Lang::French ? french : english; }

std::string year_label(Lang lang, int index) { return tr(lang, "An ", "Year ") + std::to_string(index + 1); }

// The name up to " — " (the model follows it in the shipped scenarios), so
// that three columns fit in about 100 text columns.
std::string short_name(const std::string& name) {
  const auto dash = name.find(" — ");
  return dash == std::string::npos ? name : name.substr(0, dash);
}

std::size_t longest(const std::vector<CafePlan>& plans) {
  std::size_t n = 0;
  for (const auto& p : plans) n = std::max(n, p.years.size());
  return n;
}

Money investments(const FinancingPlan& financing) {
  Money total;
  for (const auto& line : financing.uses) {
    if (line.kind == FinancingLineKind::Investment) total += line.amount;
  }
  return total;
}

std::vector<ChartSeries> series(const std::vector<CafePlan>& plans, Lang lang,
                                const std::function<Money(const CafePlan&, const PlanYear&)>& value) {
  std::vector<ChartSeries> out;
  for (const auto& p : plans) {
    ChartSeries s{p.scenario.name, {}, {}};
    for (const auto& y : p.years) {
      s.x_labels.push_back(year_label(lang, y.index));
      s.values.push_back(value(p, y));
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

PlanTable cafe_comparison_table(const std::vector<CafePlan>& plans, LabelLanguage lang) {
  if (plans.empty()) throw Error(ErrorKind::InvalidInput, "nothing to compare");
  PlanTable t{"comparison", tr(lang, "Comparaison des budgets prévisionnels de cafés", "Café business plans compared"),
              {{"line", tr(lang, "Poste", "Line"), false}},
              {}};
  for (std::size_t i = 0; i < plans.size(); ++i) {
    t.columns.push_back({"scenario_" + std::to_string(i + 1), short_name(plans[i].scenario.name), true});
  }
  const std::string none = tr(lang, "non atteint", "not reached");
  const std::size_t years = longest(plans);
  // One row per plan year of a figure; "-" where a plan is shorter.
  auto yearly = [&](const char* french, const char* english, bool emphasis,
                    const std::function<PlanCell(const CafePlan&, const PlanYear&)>& value) {
    for (std::size_t k = 0; k < years; ++k) {
      PlanTableRow row{{tr(lang, french, english) + ", " + tr(lang, "an ", "year ") + std::to_string(k + 1)},
                       emphasis && k == 0};
      for (const auto& p : plans) {
        if (k < p.years.size())
          row.cells.push_back(value(p, p.years[k]));
        else
          row.cells.emplace_back(std::string("-"));
      }
      t.rows.push_back(std::move(row));
    }
  };
  yearly("CA HT", "Revenue excl. VAT", false, [](const CafePlan&, const PlanYear& y) { return PlanCell(y.lines.revenue()); });
  yearly("Marge commerciale", "Commercial margin", true,
         [](const CafePlan&, const PlanYear& y) { return PlanCell(y.lines.commercial_margin); });
  yearly("Valeur ajoutée", "Value added", true,
         [](const CafePlan&, const PlanYear& y) { return PlanCell(y.lines.value_added); });
  yearly("EBE", "EBITDA (EBE)", true, [](const CafePlan&, const PlanYear& y) { return PlanCell(y.lines.ebe); });
  yearly("Résultat net", "Net result", true, [](const CafePlan&, const PlanYear& y) { return PlanCell(y.lines.net_result); });
  yearly("CAF", "Cash flow (CAF)", true, [](const CafePlan&, const PlanYear& y) { return PlanCell(y.lines.caf); });
  yearly("Trésorerie fin d'année", "Year-end cash", true,
         [](const CafePlan& p, const PlanYear& y) { return PlanCell(year_end_cash(p, y.index)); });
  yearly("Trésorerie mini (fin de mois)", "Lowest month-end cash", true,
         [](const CafePlan& p, const PlanYear& y) { return PlanCell(lowest_month_end_cash(p, y.index)); });
  yearly("Seuil de rentabilité", "Break-even revenue", true, [&](const CafePlan&, const PlanYear& y) {
    return y.break_even.revenue ? PlanCell(*y.break_even.revenue) : PlanCell(none);
  });
  yearly("Point mort (mois)", "Break-even month", true, [&](const CafePlan&, const PlanYear& y) {
    return PlanCell(y.break_even.reached_in ? y.break_even.reached_in->iso().substr(0, 7) : none);
  });
  yearly("BFR", "Working-capital need", true,
         [](const CafePlan&, const PlanYear& y) { return PlanCell(y.working_capital.need); });
  auto once = [&](const char* french, const char* english, bool emphasis, const std::function<Money(const CafePlan&)>& value) {
    PlanTableRow row{{tr(lang, french, english)}, emphasis};
    for (const auto& p : plans) row.cells.emplace_back(value(p));
    t.rows.push_back(std::move(row));
  };
  once("Investissements de démarrage", "Start-up investments", true,
       [](const CafePlan& p) { return investments(p.financing); });
  once("Besoins de démarrage (total)", "Start-up needs (total)", false,
       [](const CafePlan& p) { return p.financing.total_uses; });
  once("Financement (total ressources)", "Financing (total resources)", false,
       [](const CafePlan& p) { return p.financing.total_resources; });
  return t;
}

std::vector<ChartSeries> cafe_result_series(const std::vector<CafePlan>& plans, LabelLanguage lang) {
  return series(plans, lang, [](const CafePlan&, const PlanYear& y) { return y.lines.net_result; });
}

std::vector<ChartSeries> cafe_cash_series(const std::vector<CafePlan>& plans, LabelLanguage lang) {
  return series(plans, lang, [](const CafePlan& p, const PlanYear& y) { return year_end_cash(p, y.index); });
}

}  // namespace comptoir::forecast
