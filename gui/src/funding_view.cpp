// See funding_view.hpp.
#include "funding_view.hpp"

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

namespace comptoir::gui {

namespace {

const QColor source_colors[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x62, 0x1b),
                                QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x14, 0x57),
                                QColor(0x9e, 0x9d, 0x24), QColor(0x5d, 0x40, 0x37), QColor(0x54, 0x6e, 0x7a)};

QChartView* new_chart_view(const Labels& labels, QWidget* parent) {
  auto* view = new QChartView(new QChart(), parent);
  style_chart(*view, labels);
  QLegend* legend = view->chart()->legend();
  QFont legend_font = legend->font();
  legend_font.setPointSizeF(legend_font.pointSizeF() * 0.9);
  legend->setFont(legend_font);
  view->setMinimumSize(320, 220);
  return view;
}

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

FundingView::FundingView(FundingInputs inputs, const Labels& labels, QWidget* parent)
    : QWidget(parent),
      labels_(labels),
      session_(new FundingSession(std::move(inputs), labels, this)),
      undo_(new QUndoStack(this)),
      scopes_(new QComboBox(this)),
      title_(new QLabel(this)),
      status_(new QLabel(this)),
      resources_(new_chart_view(labels, this)),
      result_(new_chart_view(labels, this)),
      cash_(new_chart_view(labels, this)),
      share_(new_chart_view(labels, this)),
      pages_(new QTabWidget(this)),
      risks_(new FundingRiskPage(labels, this)) {
  const Labels& t = labels_;
  for (const auto& entity : session_->inputs().actuals->entities) {
    scopes_->addItem(to_qstring(entity.entity), to_qstring(entity.entity));
  }
  scopes_->addItem(to_qstring(t("gui.scope.combined")), QString::fromUtf8(forecast::combined_scope));
  scopes_->setSizeAdjustPolicy(QComboBox::AdjustToContents);

  auto* top = new QHBoxLayout();
  auto* scope_label = new QLabel(to_qstring(t("gui.funding.scope")), this);
  scope_label->setBuddy(scopes_);
  top->addWidget(scope_label);
  top->addWidget(scopes_);
  top->addSpacing(24);
  QFont title_font = title_->font();
  title_font.setBold(true);
  title_font.setPointSizeF(title_font.pointSizeF() * 1.3);
  title_->setFont(title_font);
  // The title names the file: a long path is cut rather than widening the window.
  title_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  update_title();
  top->addWidget(title_, 1);
  top->addWidget(status_);

  auto* panel = new QGroupBox(to_qstring(t("gui.funding.drivers")), this);
  build_drivers(panel);
  panel->setFixedWidth(300);

  auto* projection = new QWidget(this);
  auto* charts = new QGridLayout(projection);
  charts->setContentsMargins(0, 0, 0, 0);
  charts->addWidget(resources_, 0, 0);
  charts->addWidget(share_, 0, 1);
  charts->addWidget(result_, 1, 0);
  charts->addWidget(cash_, 1, 1);
  charts->setColumnStretch(0, 3);  // the resources' legend names every source
  charts->setColumnStretch(1, 2);
  charts->addWidget(build_events(), 2, 0, 1, 2);
  charts->setRowStretch(0, 1);
  charts->setRowStretch(1, 1);

  pages_->addTab(projection, to_qstring(t("gui.funding.page.projection")));
  pages_->addTab(risks_, to_qstring(t("gui.funding.page.risks")));
  pages_->setDocumentMode(true);
  connect(pages_, &QTabWidget::currentChanged, this, &FundingView::request_tornado);

  auto* body = new QHBoxLayout();
  body->addWidget(panel);
  body->addWidget(pages_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addLayout(body, 1);

  connect(scopes_, &QComboBox::currentIndexChanged, this, &FundingView::redraw);
  connect(session_, &FundingSession::computed, this, &FundingView::redraw);
  connect(session_, &FundingSession::failed, this, &FundingView::show_error);
  connect(undo_, &QUndoStack::cleanChanged, this, &FundingView::state_changed);
  status_->setText(to_qstring(t("gui.funding.computing")));
  session_->recompute();
}

FundingView::~FundingView() {
  // The undo stack, deleted with the view, says it is no longer clean: not
  // a change anyone must hear of while the window closes.
  disconnect(undo_, nullptr, this, nullptr);
  for (auto* watcher : findChildren<QFutureWatcher<TornadoData>*>()) {
    watcher->disconnect(this);
    watcher->waitForFinished();
  }
}

bool FundingView::tornado_pending() const {
  return pages_->currentWidget() == risks_ && (!tornado_ || tornado_of_ != session_->shown());
}

void FundingView::request_tornado() {
  // Only for the page shown, and for the figures shown once no edit is
  // pending: the inputs are then those of the figures.
  if (pages_->currentWidget() != risks_ || !session_->figures() || session_->busy()) return;
  const std::uint64_t generation = session_->shown();
  if (generation != session_->requested() || tornado_asked_ == generation) return;
  tornado_asked_ = generation;
  auto* watcher = new QFutureWatcher<TornadoData>(this);
  connect(watcher, &QFutureWatcher<TornadoData>::finished, this, [this, watcher, generation] {
    watcher->deleteLater();
    if (generation != session_->shown()) return;  // stale: newer figures are shown
    try {
      tornado_ = watcher->result();
    } catch (const std::exception&) {
      return;  // the projection's own error is shown with the figures
    }
    tornado_of_ = generation;
    risks_->show_tornado(&*tornado_);
  });
  // The worker gets copies: it shares nothing mutable with the window.
  watcher->setFuture(QtConcurrent::run(
      [inputs = session_->inputs(), labels = labels_] { return Document::compute_tornado(inputs, labels); }));
}

const std::string& FundingView::file() const {
  return session_->inputs().file;
}

bool FundingView::modified() const {
  return !undo_->isClean();
}

void FundingView::save(const std::string& path) {
  session_->save(path);
  // The file now holds the amounts shown: the sliders are relative to them
  // (see reference_key).
  for (const auto& [key, slider] : sliders_) {
    references_[reference_key(key)] = session_->driver_value(key);
    update_controls(key);
  }
  undo_->setClean();
  update_title();
  emit state_changed();
}

void FundingView::update_title() {
  const auto& inputs = session_->inputs();
  title_->setText(to_qstring(labels_("gui.funding.title", {{"name", inputs.scenario.name}, {"file", inputs.file}})));
}

QList<QChartView*> FundingView::chart_views() const {
  return QList<QChartView*>{resources_, share_, result_, cash_} + risks_->chart_views();
}

QChart* FundingView::resources_chart() const {
  return resources_->chart();
}
QChart* FundingView::result_chart() const {
  return result_->chart();
}
QChart* FundingView::cash_chart() const {
  return cash_->chart();
}
QChart* FundingView::share_chart() const {
  return share_->chart();
}

QString FundingView::title() const {
  return title_->text();
}

void FundingView::show_error(const QString& message) {
  status_->setText(to_qstring(labels_("gui.funding.failed")));
  status_->setToolTip(message);
  status_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
}

void FundingView::redraw() {
  const auto figures = session_->figures();
  if (!figures) return;
  status_->clear();
  status_->setStyleSheet({});
  const std::string scope = scopes_->currentData().toString().toStdString();
  const auto it = std::find_if(figures->scopes.begin(), figures->scopes.end(),
                               [&](const FundingChartData& d) { return d.scope == scope; });
  if (it == figures->scopes.end()) return;
  drawn_ = *it;
  const auto risk = std::find_if(figures->risks.begin(), figures->risks.end(),
                                 [&](const FundingRiskData& d) { return d.scope == scope; });
  const bool current = tornado_ && tornado_of_ == session_->shown();
  if (risk != figures->risks.end()) risks_->show_figures(*risk, current ? &*tornado_ : nullptr);
  request_tornado();
  draw_resources();
  draw_band(result_, false);
  draw_band(cash_, true);
  draw_share();
}

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
