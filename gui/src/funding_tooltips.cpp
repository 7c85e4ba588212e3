// The tooltips of the funding view's charts (see funding_view.hpp): the
// exact amounts of a year, with the Monte Carlo band where there is one.
#include <algorithm>

#include "display.hpp"
#include "funding_view.hpp"

namespace comptoir::gui {

namespace {

QString percent_text(const Rational& share, const Labels& labels) {
  return to_qstring(labels.decimal(to_decimal_string(share * 100, 1))) + QString::fromUtf8("\u00a0%");
}

}  // namespace

QString FundingView::resource_tooltip(int source, int year) const {
  if (source < 0 || static_cast<std::size_t>(source) >= drawn_.resources.size()) return {};
  const ChartSeries& s = drawn_.resources[static_cast<std::size_t>(source)];
  if (year < 0 || static_cast<std::size_t>(year) >= s.values.size()) return {};
  const auto y = static_cast<std::size_t>(year);
  return to_qstring(
      labels_("gui.funding.tooltip.resource",
              {{"source", s.name}, {"year", s.x_labels[y]}, {"amount", euros(s.values[y], labels_).toStdString()}}));
}

QString FundingView::band_tooltip(bool cash, int year) const {
  if (year < 0 || static_cast<std::size_t>(year) >= drawn_.years.size()) return {};
  const auto y = static_cast<std::size_t>(year);
  const ChartSeries& central = cash ? drawn_.cash : drawn_.result;
  QString text =
      to_qstring(labels_(cash ? "gui.funding.tooltip.cash" : "gui.funding.tooltip.result",
                         {{"year", drawn_.years[y]}, {"amount", euros(central.values[y], labels_).toStdString()}}));
  const auto band = std::find(drawn_.band_years.begin(), drawn_.band_years.end(), drawn_.years[y]);
  if (band != drawn_.band_years.end()) {
    const auto b = static_cast<std::size_t>(band - drawn_.band_years.begin());
    const ChartSeries& p5 = cash ? drawn_.cash_p5 : drawn_.result_p5;
    const ChartSeries& p50 = cash ? drawn_.cash_p50 : drawn_.result_p50;
    const ChartSeries& p95 = cash ? drawn_.cash_p95 : drawn_.result_p95;
    text += QLatin1Char('\n') +
            to_qstring(labels_("gui.funding.tooltip.band", {{"p5", euros(p5.values[b], labels_).toStdString()},
                                                            {"p50", euros(p50.values[b], labels_).toStdString()},
                                                            {"p95", euros(p95.values[b], labels_).toStdString()}}));
  }
  return text;
}

QString FundingView::share_tooltip(int year) const {
  if (year < 0 || static_cast<std::size_t>(year) >= drawn_.own_share.size()) return {};
  const auto y = static_cast<std::size_t>(year);
  return to_qstring(
      labels_("gui.funding.tooltip.share",
              {{"year", drawn_.years[y]}, {"share", percent_text(drawn_.own_share[y], labels_).toStdString()}}));
}

}  // namespace comptoir::gui
