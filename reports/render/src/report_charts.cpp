// The reports' charts (see report_charts.hpp).
#include "render/report_charts.hpp"

#include "core/error.hpp"
#include "reports/activity_charts.hpp"
#include "reports/category_row.hpp"
#include "reports/category_summary_table.hpp"

namespace comptoir {
namespace {

Chart share_chart(const ChartSeries& series, const CategorySideSummary& side, std::string title, const Labels& t) {
  Chart chart{
      ChartKind::ShareBars, std::move(title), std::string(t("graph.axis.amount")), "", series.x_labels, {series}, {},
      std::nullopt};
  for (const auto& row : compared_categories(side, nullptr)) {
    chart.shares.push_back({std::to_string(whole_percent_half_up(row.share))});
  }
  if (chart.shares.size() != chart.categories.size()) {
    throw Error(ErrorKind::Internal, "activity chart: shares and categories differ");
  }
  return chart;
}

Chart band_chart(std::string title, const FundingChartData& data, const ChartSeries& projection, const ChartSeries& p5,
                 const ChartSeries& p50, const ChartSeries& p95, const Labels& t) {
  Chart chart{ChartKind::Band,
              std::move(title),
              std::string(t("graph.axis.amount")),
              std::string(t("graph.axis.year")),
              data.years,
              {projection},
              {},
              std::nullopt};
  chart.series.front().name = t("graph.funding.projection");
  if (!data.band_years.empty()) {
    ChartSeries median = p50;
    median.name = t("graph.funding.p50");
    chart.series.push_back(std::move(median));
    ChartBand band{std::string(t("graph.funding.band")), p5, p95};
    band.low.name = "P5";
    band.high.name = "P95";
    chart.band = std::move(band);
  }
  return chart;
}

}  // namespace

std::vector<Chart> activity_charts(const CategorySummary& summary, const std::string& title, const Labels& t) {
  const ActivityCharts series = activity_chart_series(summary, t);
  return {share_chart(series.expenses, summary.expenses, t("graph.activity.expenses", {{"title", title}}), t),
          share_chart(series.resources, summary.resources, t("graph.activity.resources", {{"title", title}}), t)};
}

Chart grant_progress_chart(const GrantChart& grants, const std::string& code, const Labels& t) {
  Chart chart{ChartKind::Bars, "", std::string(t("graph.axis.amount")), "", {}, {}, {}, std::nullopt};
  for (const auto& s : grants.series) chart.series.push_back({s.name, {}, {}});
  const GrantProgress* shown = nullptr;
  for (std::size_t i = 0; i < grants.grants.size(); ++i) {
    if (!code.empty() && grants.grants[i].code != code) continue;
    shown = &grants.grants[i];
    chart.categories.push_back(grants.series.front().x_labels[i]);
    for (std::size_t s = 0; s < grants.series.size(); ++s) {
      chart.series[s].x_labels.push_back(grants.series[s].x_labels[i]);
      chart.series[s].values.push_back(grants.series[s].values[i]);
    }
  }
  const std::string date = t.date(grants.as_of);
  if (code.empty()) {
    chart.title = t("graph.grants.title", {{"date", date}});
  } else if (shown != nullptr) {
    chart.title = t("graph.grant.title", {{"code", code}, {"date", date}});
  } else {
    throw Error(ErrorKind::NotFound, "no grant " + code);
  }
  return chart;
}

std::vector<Chart> funding_charts(const FundingChartData& data, const Labels& t) {
  const std::string scope = funding_scope_name(data.scope, t);
  return {band_chart(t("graph.funding.cash", {{"scope", scope}}), data, data.cash, data.cash_p5, data.cash_p50,
                     data.cash_p95, t),
          band_chart(t("graph.funding.result", {{"scope", scope}}), data, data.result, data.result_p5, data.result_p50,
                     data.result_p95, t)};
}

}  // namespace comptoir
