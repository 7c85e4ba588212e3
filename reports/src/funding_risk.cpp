// See funding_risk.hpp.
#include "reports/funding_risk.hpp"

#include <algorithm>

namespace comptoir {

FundingRiskData funding_risk_data(const forecast::ScopeProjection& scope, const forecast::MonteCarloScope* monte_carlo,
                                  Money threshold, const Labels& t) {
  FundingRiskData data;
  data.scope = scope.scope;
  data.threshold = threshold;
  for (const auto& y : scope.years) data.years.push_back(std::to_string(y.year));
  for (std::size_t k = 0; k < scope.years.size(); ++k) {
    const auto& y = scope.years[k];
    for (const auto& line : y.expenses) {
      const std::string name = t.french() ? line.label_fr : line.label_en;
      auto it = std::find_if(data.expenses.begin(), data.expenses.end(),
                             [&](const ChartSeries& s) { return s.name == name; });
      if (it == data.expenses.end()) {
        it = data.expenses.insert(data.expenses.end(), {name, data.years, std::vector<Money>(data.years.size())});
      }
      it->values[k] = line.amount;
    }
    data.own_share.push_back(y.own_share());
    data.largest_share.push_back(y.largest_funder_share());
    data.largest_funder.push_back(y.largest_funder);
  }
  if (monte_carlo != nullptr) {
    for (const auto& y : monte_carlo->years) {
      data.risk_years.push_back(std::to_string(y.year));
      data.deficit.push_back(y.deficit_probability());
      data.below_threshold.push_back(y.below_threshold_probability());
    }
  }
  return data;
}

TornadoData tornado_data(const forecast::SensitivityAnalysis& analysis, const Labels& t, std::size_t bars) {
  TornadoData data{analysis.year, analysis.base, {}, analysis.rows.size()};
  for (const auto& row : analysis.rows) {
    if (bars != 0 && data.bars.size() == bars) break;  // the rows come largest swing first
    data.bars.push_back({t.french() ? row.label : row.label_en, t.decimal(to_decimal_string(row.low, 4)),
                         t.decimal(to_decimal_string(row.high, 4)), row.at_low, row.at_high, row.at_low - analysis.base,
                         row.at_high - analysis.base});
  }
  return data;
}

}  // namespace comptoir
