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

}  // namespace comptoir::gui
