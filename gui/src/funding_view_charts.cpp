// See funding_view.hpp: the Funding mix charts drawn from the figures
// (resources by source, result and cash with their band, own share).
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

#include "chart_style.hpp"
#include "core/error.hpp"
#include "display.hpp"
#include "document.hpp"
#include "event_timeline.hpp"
#include "funding_risk_page.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"

namespace comptoir::gui {

namespace {

const QColor source_colors[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x62, 0x1b),
                                QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x14, 0x57),
                                QColor(0x9e, 0x9d, 0x24), QColor(0x5d, 0x40, 0x37), QColor(0x54, 0x6e, 0x7a)};

// The years as an x axis for lines: each label on its value.
QCategoryAxis* year_axis(const std::vector<std::string>& years, int first) {
  auto* axis = new QCategoryAxis();
  axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
  for (std::size_t i = 0; i < years.size(); ++i) axis->append(to_qstring(years[i]), first + static_cast<double>(i));
  axis->setRange(first - 0.4, first + static_cast<double>(years.size()) - 0.6);
  axis->setGridLineVisible(false);
  return axis;
}

// The exact share as a percentage: the one place it becomes a double (a
// point's height on the chart).
double chart_percent(const Rational& share) {
  return static_cast<double>(share * 100);
}

}  // namespace

void FundingView::draw_resources() {
  const Labels& t = labels_;
  QChart* c = resources_->chart();
  clear_chart(c);
  c->setTitle(to_qstring(t("gui.funding.chart.resources")));
  auto* series = new QStackedBarSeries();
  Money high;
  std::vector<Money> totals(drawn_.years.size());
  for (std::size_t s = 0; s < drawn_.resources.size(); ++s) {
    const ChartSeries& source = drawn_.resources[s];
    auto* set = new QBarSet(to_qstring(source.name));
    const QColor color = source_colors[s % std::size(source_colors)];
    set->setColor(color);
    set->setBorderColor(color.darker(120));
    for (std::size_t y = 0; y < source.values.size(); ++y) {
      set->append(chart_value(source.values[y]));
      totals[y] += source.values[y];  // only the axis's extent
    }
    series->append(set);
    connect(set, &QBarSet::hovered, this, [this, s](bool status, int year) {
      if (status) {
        QToolTip::showText(QCursor::pos(), resource_tooltip(static_cast<int>(s), year), resources_);
      } else {
        QToolTip::hideText();
      }
    });
  }
  for (Money m : totals) high = std::max(high, m);
  series->setBarWidth(0.6);
  c->addSeries(series);
  auto* x = new QBarCategoryAxis();
  for (const auto& y : drawn_.years) x->append(to_qstring(y));
  c->addAxis(x, Qt::AlignBottom);
  series->attachAxis(x);
  auto* y = amount_axis(Money(), high, to_qstring(t("gui.axis.amount")), 6);
  c->addAxis(y, Qt::AlignLeft);
  series->attachAxis(y);
  // Up to seven sources: listed on the right, where their names fit.
  c->legend()->setAlignment(Qt::AlignRight);
}

void FundingView::draw_band(QChartView* view, bool cash) {
  const Labels& t = labels_;
  QChart* c = view->chart();
  clear_chart(c);
  c->setTitle(to_qstring(t(cash ? "gui.funding.chart.cash" : "gui.funding.chart.result")));
  const int first = drawn_.years.empty() ? 0 : std::stoi(drawn_.years.front());
  const ChartSeries& central = cash ? drawn_.cash : drawn_.result;
  const ChartSeries& p5 = cash ? drawn_.cash_p5 : drawn_.result_p5;
  const ChartSeries& p50 = cash ? drawn_.cash_p50 : drawn_.result_p50;
  const ChartSeries& p95 = cash ? drawn_.cash_p95 : drawn_.result_p95;
  Money low = central.values.empty() ? Money() : central.values.front();
  Money high = low;
  for (const auto* s : {&central, &p5, &p95}) {
    for (Money m : s->values) {
      low = std::min(low, m);
      high = std::max(high, m);
    }
  }
  const QColor color = cash ? QColor(0x15, 0x65, 0xc0) : QColor(0x2e, 0x7d, 0x32);
  std::vector<QAbstractSeries*> all;
  if (!p5.values.empty()) {
    auto* lower = new QLineSeries();
    auto* upper = new QLineSeries();
    for (std::size_t i = 0; i < p5.values.size(); ++i) {
      const double x = std::stoi(p5.x_labels[i]);
      lower->append(x, chart_value(p5.values[i]));
      upper->append(x, chart_value(p95.values[i]));
    }
    auto* band = new QAreaSeries(upper, lower);
    band->setName(to_qstring(t("gui.funding.band")));
    QColor fill = color;
    fill.setAlpha(60);
    band->setBrush(fill);
    band->setPen(QPen(fill.darker(110), 1));
    all.push_back(band);
    connect(band, &QAreaSeries::hovered, this, [this, view, cash, first](const QPointF& point, bool state) {
      if (!state) return QToolTip::hideText();
      QToolTip::showText(QCursor::pos(), band_tooltip(cash, static_cast<int>(std::lround(point.x())) - first), view);
    });
    auto* median = new QLineSeries();
    median->setName(to_qstring(t("gui.funding.p50")));
    for (std::size_t i = 0; i < p50.values.size(); ++i) {
      median->append(std::stoi(p50.x_labels[i]), chart_value(p50.values[i]));
    }
    median->setPen(QPen(color, 2, Qt::DashLine));
    all.push_back(median);
  }
  auto* line = new QLineSeries();
  line->setName(to_qstring(t("gui.funding.central")));
  for (std::size_t i = 0; i < central.values.size(); ++i) {
    line->append(first + static_cast<double>(i), chart_value(central.values[i]));
  }
  line->setPen(QPen(color.darker(130), 2.5));
  line->setPointsVisible(true);
  all.push_back(line);
  for (auto* s : all) {
    if (auto* l = qobject_cast<QLineSeries*>(s)) {
      connect(l, &QLineSeries::hovered, this, [this, view, cash, first](const QPointF& point, bool state) {
        if (!state) return QToolTip::hideText();
        QToolTip::showText(QCursor::pos(), band_tooltip(cash, static_cast<int>(std::lround(point.x())) - first), view);
      });
    }
  }
  for (auto* s : all) c->addSeries(s);
  auto* x = year_axis(drawn_.years, first);
  auto* y = amount_axis(low, high, to_qstring(t("gui.axis.amount")), 6);
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  for (auto* s : all) {
    s->attachAxis(x);
    s->attachAxis(y);
  }
}

void FundingView::draw_share() {
  const Labels& t = labels_;
  QChart* c = share_->chart();
  clear_chart(c);
  c->setTitle(to_qstring(t("gui.funding.chart.share")));
  const int first = drawn_.years.empty() ? 0 : std::stoi(drawn_.years.front());
  auto* line = new QLineSeries();
  line->setName(to_qstring(t("gui.funding.share")));
  for (std::size_t i = 0; i < drawn_.own_share.size(); ++i) {
    line->append(first + static_cast<double>(i), chart_percent(drawn_.own_share[i]));
  }
  line->setPen(QPen(QColor(0x6a, 0x1b, 0x9a), 2.5));
  line->setPointsVisible(true);
  connect(line, &QLineSeries::hovered, this, [this, first](const QPointF& point, bool state) {
    if (!state) return QToolTip::hideText();
    QToolTip::showText(QCursor::pos(), share_tooltip(static_cast<int>(std::lround(point.x())) - first), share_);
  });
  c->addSeries(line);
  auto* x = year_axis(drawn_.years, first);
  auto* y = new QValueAxis();
  y->setRange(0, 100);
  y->setTickCount(6);
  y->setLabelFormat(QStringLiteral("%.0f"));
  y->setTitleText(to_qstring(t("gui.axis.percent")));
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  line->attachAxis(x);
  line->attachAxis(y);
}

}  // namespace comptoir::gui
