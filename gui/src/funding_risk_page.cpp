// See funding_risk_page.hpp.
#include "funding_risk_page.hpp"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "chart_style.hpp"
#include "display.hpp"

namespace comptoir::gui {
namespace {

const QColor expense_colors[] = {QColor(0xc6, 0x62, 0x1b), QColor(0x8d, 0x6e, 0x63), QColor(0xf9, 0xa8, 0x25),
                                 QColor(0x5d, 0x40, 0x37), QColor(0xff, 0x8a, 0x65), QColor(0x90, 0xa4, 0xae),
                                 QColor(0xbc, 0xaa, 0xa4)};

QChartView* new_view(const Labels& labels, QWidget* parent) {
  auto* view = new QChartView(new QChart(), parent);
  style_chart(*view, labels);
  QLegend* legend = view->chart()->legend();
  QFont font = legend->font();
  font.setPointSizeF(font.pointSizeF() * 0.9);
  legend->setFont(font);
  view->setMinimumSize(320, 220);
  return view;
}

// An exact share as a percentage: a point's height only.
double chart_percent(const Rational& share) {
  return static_cast<double>(share * 100);
}

QString percent_text(const Rational& share, const Labels& t) {
  return to_qstring(t.decimal(to_decimal_string(share * 100, 1))) + QString::fromUtf8("\u00a0%");
}

QValueAxis* percent_axis(const Labels& t, double high) {
  auto* axis = new QValueAxis();
  axis->setRange(0, high);
  axis->setTickCount(6);
  axis->setLabelFormat(QStringLiteral("%.0f"));
  axis->setTitleText(to_qstring(t("gui.axis.percent")));
  return axis;
}

}  // namespace

FundingRiskPage::FundingRiskPage(const Labels& labels, QWidget* parent)
    : QWidget(parent),
      labels_(labels),
      expenses_(new_view(labels, this)),
      shares_(new_view(labels, this)),
      risk_(new_view(labels, this)),
      tornado_(new_view(labels, this)) {
  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->addWidget(expenses_, 0, 0);
  grid->addWidget(shares_, 0, 1);
  grid->addWidget(risk_, 1, 0);
  grid->addWidget(tornado_, 1, 1);
  grid->setColumnStretch(0, 3);
  grid->setColumnStretch(1, 3);
}

void FundingRiskPage::show_figures(const FundingRiskData& data, const TornadoData* tornado) {
  data_ = data;
  tornado_data_ = tornado != nullptr ? std::optional<TornadoData>(*tornado) : std::nullopt;
  draw_expenses();
  draw_shares();
  draw_risk();
  draw_tornado();
}

void FundingRiskPage::show_tornado(const TornadoData* tornado) {
  tornado_data_ = tornado != nullptr ? std::optional<TornadoData>(*tornado) : std::nullopt;
  draw_tornado();
}

void FundingRiskPage::draw_expenses() {
  const Labels& t = labels_;
  QChart* c = expenses_->chart();
  clear_chart(c);
  c->setTitle(to_qstring(t("gui.funding.chart.expenses")));
  auto* series = new QStackedBarSeries();
  std::vector<Money> totals(data_.years.size());
  for (std::size_t s = 0; s < data_.expenses.size(); ++s) {
    const ChartSeries& category = data_.expenses[s];
    auto* set = new QBarSet(to_qstring(category.name));
    const QColor color = expense_colors[s % std::size(expense_colors)];
    set->setColor(color);
    set->setBorderColor(color.darker(120));
    for (std::size_t y = 0; y < category.values.size(); ++y) {
      set->append(chart_value(category.values[y]));
      totals[y] += category.values[y];  // only the axis's extent
    }
    series->append(set);
    connect(set, &QBarSet::hovered, this, [this, s](bool status, int year) {
      if (!status) return QToolTip::hideText();
      QToolTip::showText(QCursor::pos(), expense_tooltip(static_cast<int>(s), year), expenses_);
    });
  }
  Money high;
  for (Money m : totals) high = std::max(high, m);
  series->setBarWidth(0.6);
  c->addSeries(series);
  auto* x = new QBarCategoryAxis();
  for (const auto& y : data_.years) x->append(to_qstring(y));
  c->addAxis(x, Qt::AlignBottom);
  series->attachAxis(x);
  auto* y = amount_axis(Money(), high, to_qstring(t("gui.axis.amount")), 6);
  c->addAxis(y, Qt::AlignLeft);
  series->attachAxis(y);
}

void FundingRiskPage::draw_shares() {
  const Labels& t = labels_;
  QChart* c = shares_->chart();
  clear_chart(c);
  c->setTitle(to_qstring(t("gui.funding.chart.shares")));
  auto* own = new QLineSeries();
  own->setName(to_qstring(t("gui.funding.share")));
  auto* largest = new QLineSeries();
  largest->setName(to_qstring(t("gui.funding.largest_share")));
  for (std::size_t i = 0; i < data_.own_share.size(); ++i) {
    own->append(static_cast<double>(i), chart_percent(data_.own_share[i]));
    largest->append(static_cast<double>(i), chart_percent(data_.largest_share[i]));
  }
  own->setPen(QPen(QColor(0x6a, 0x1b, 0x9a), 2.5));
  largest->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2.5, Qt::DashLine));
  auto* x = new QCategoryAxis();
  x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
  for (std::size_t i = 0; i < data_.years.size(); ++i) x->append(to_qstring(data_.years[i]), static_cast<double>(i));
  x->setRange(0, std::max<double>(1, static_cast<double>(data_.years.size()) - 1));
  auto* y = percent_axis(t, 100);
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  for (QLineSeries* line : {own, largest}) {
    line->setPointsVisible(true);
    c->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    connect(line, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
      if (!state) return QToolTip::hideText();
      QToolTip::showText(QCursor::pos(), share_tooltip(static_cast<int>(std::lround(point.x()))), shares_);
    });
  }
}

void FundingRiskPage::draw_risk() {
  const Labels& t = labels_;
  QChart* c = risk_->chart();
  clear_chart(c);
  c->setTitle(to_qstring(t("gui.funding.chart.risk")));
  auto* series = new QBarSeries();
  auto* deficit = new QBarSet(to_qstring(t("gui.funding.deficit")));
  auto* below =
      new QBarSet(to_qstring(t("gui.funding.below", {{"threshold", euros(data_.threshold, t).toStdString()}})));
  deficit->setColor(QColor(0xc6, 0x28, 0x28));
  below->setColor(QColor(0xf9, 0xa8, 0x25));
  double high = 10;
  for (std::size_t i = 0; i < data_.risk_years.size(); ++i) {
    deficit->append(chart_percent(data_.deficit[i]));
    below->append(chart_percent(data_.below_threshold[i]));
    high = std::max({high, chart_percent(data_.deficit[i]), chart_percent(data_.below_threshold[i])});
  }
  for (QBarSet* set : {deficit, below}) {
    series->append(set);
    connect(set, &QBarSet::hovered, this, [this](bool status, int year) {
      if (!status) return QToolTip::hideText();
      QToolTip::showText(QCursor::pos(), risk_tooltip(year), risk_);
    });
  }
  c->addSeries(series);
  auto* x = new QBarCategoryAxis();
  for (const auto& y : data_.risk_years) x->append(to_qstring(y));
  c->addAxis(x, Qt::AlignBottom);
  series->attachAxis(x);
  auto* y = percent_axis(t, std::min(100.0, std::ceil(high / 10) * 10));
  c->addAxis(y, Qt::AlignLeft);
  series->attachAxis(y);
}

void FundingRiskPage::draw_tornado() {
  const Labels& t = labels_;
  QChart* c = tornado_->chart();
  clear_chart(c);
  const std::string year = tornado_data_ ? std::to_string(tornado_data_->year) : std::string();
  const std::string shown = tornado_data_ ? std::to_string(tornado_data_->bars.size()) : std::string("0");
  const std::string of = tornado_data_ ? std::to_string(tornado_data_->drivers) : std::string("0");
  c->setTitle(to_qstring(t("gui.funding.chart.tornado", {{"year", year}, {"shown", shown}, {"of", of}})));
  if (!tornado_data_) {
    c->setTitle(to_qstring(t("gui.funding.chart.tornado.computing")));
    return;
  }
  // Largest swing at the top: Qt draws the first bar at the bottom.
  auto* series = new QHorizontalBarSeries();
  auto* low = new QBarSet(to_qstring(t("gui.funding.tornado.low")));
  auto* high = new QBarSet(to_qstring(t("gui.funding.tornado.high")));
  low->setColor(QColor(0xc6, 0x62, 0x1b));
  high->setColor(QColor(0x15, 0x65, 0xc0));
  QStringList drivers;
  Money least;
  Money most;
  const auto& bars = tornado_data_->bars;
  for (std::size_t i = bars.size(); i-- > 0;) {
    low->append(chart_value(bars[i].low_change));
    high->append(chart_value(bars[i].high_change));
    drivers.append(to_qstring(bars[i].driver));
    least = std::min({least, bars[i].low_change, bars[i].high_change});
    most = std::max({most, bars[i].low_change, bars[i].high_change});
  }
  series->append(low);
  series->append(high);
  series->setBarWidth(0.8);
  for (QBarSet* set : {low, high}) {
    connect(set, &QBarSet::hovered, this, [this](bool status, int bar) {
      if (!status) return QToolTip::hideText();
      const int count = tornado_data_ ? static_cast<int>(tornado_data_->bars.size()) : 0;
      QToolTip::showText(QCursor::pos(), tornado_tooltip(count - 1 - bar), tornado_);
    });
  }
  c->addSeries(series);
  auto* y = new QBarCategoryAxis();
  y->append(drivers);
  QFont small = y->labelsFont();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  y->setLabelsFont(small);
  c->addAxis(y, Qt::AlignLeft);
  series->attachAxis(y);
  auto* x = amount_axis(least, most, to_qstring(t("gui.funding.tornado.axis", {{"year", year}})), 5);
  c->addAxis(x, Qt::AlignBottom);
  series->attachAxis(x);
}

QString FundingRiskPage::expense_tooltip(int category, int year) const {
  if (category < 0 || static_cast<std::size_t>(category) >= data_.expenses.size()) return {};
  const ChartSeries& s = data_.expenses[static_cast<std::size_t>(category)];
  if (year < 0 || static_cast<std::size_t>(year) >= s.values.size()) return {};
  const auto y = static_cast<std::size_t>(year);
  return to_qstring(labels_(
      "gui.series.tooltip",
      {{"category", s.name}, {"series", s.x_labels[y]}, {"amount", euros(s.values[y], labels_).toStdString()}}));
}

QString FundingRiskPage::share_tooltip(int year) const {
  if (year < 0 || static_cast<std::size_t>(year) >= data_.own_share.size()) return {};
  const auto y = static_cast<std::size_t>(year);
  return to_qstring(labels_("gui.funding.shares.tooltip",
                            {{"year", data_.years[y]},
                             {"own", percent_text(data_.own_share[y], labels_).toStdString()},
                             {"largest", percent_text(data_.largest_share[y], labels_).toStdString()},
                             {"funder", data_.largest_funder[y].empty() ? "-" : data_.largest_funder[y]}}));
}

QString FundingRiskPage::risk_tooltip(int year) const {
  if (year < 0 || static_cast<std::size_t>(year) >= data_.risk_years.size()) return {};
  const auto y = static_cast<std::size_t>(year);
  return to_qstring(
      labels_("gui.funding.risk.tooltip", {{"year", data_.risk_years[y]},
                                           {"deficit", percent_text(data_.deficit[y], labels_).toStdString()},
                                           {"below", percent_text(data_.below_threshold[y], labels_).toStdString()},
                                           {"threshold", euros(data_.threshold, labels_).toStdString()}}));
}

QString FundingRiskPage::tornado_tooltip(int bar) const {
  if (!tornado_data_ || bar < 0 || static_cast<std::size_t>(bar) >= tornado_data_->bars.size()) return {};
  const TornadoBar& b = tornado_data_->bars[static_cast<std::size_t>(bar)];
  return to_qstring(
      labels_("gui.funding.tornado.tooltip", {{"driver", b.driver},
                                              {"low", b.low},
                                              {"high", b.high},
                                              {"at_low", euros(b.at_low, labels_).toStdString()},
                                              {"at_high", euros(b.at_high, labels_).toStdString()},
                                              {"base", euros(tornado_data_->base, labels_).toStdString()}}));
}

}  // namespace comptoir::gui
