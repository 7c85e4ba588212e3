// See main_window.hpp.
#include "main_window.hpp"

#include <QChartView>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <exception>
#include <filesystem>
#include <iostream>

#include "actuals_view.hpp"
#include "cafe_view.hpp"
#include "category_chart.hpp"
#include "compare_view.hpp"
#include "display.hpp"
#include "document.hpp"
#include "export.hpp"
#include "forecast/scenario_toml.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"
#include "recent_files.hpp"
#include "table_model.hpp"

namespace comptoir::gui {

MainWindow::MainWindow(const Document& document, QWidget* parent)
    : QMainWindow(parent),
      document_(document),
      tabs_(new QTabWidget(this)),
      actuals_(new ActualsView(document, this)),
      compare_(new CompareView(document, this)) {
  const Labels& t = document.labels();
  setWindowTitle(to_qstring(t("gui.window.title", {{"file", document.path()}})));
  // Scenario names are long: their tabs are elided and scroll, the window
  // keeps its width.
  tabs_->setUsesScrollButtons(true);
  tabs_->setElideMode(Qt::ElideRight);
  tabs_->addTab(actuals_, to_qstring(t("gui.tab.actuals")));
  tabs_->addTab(compare_, to_qstring(t("gui.tab.compare")));
  connect(compare_, &CompareView::refused, this,
          [this](const QString& message) { refuse("gui.error.scenario.title", message); });
  setCentralWidget(tabs_);
  QMenu* file = menuBar()->addMenu(to_qstring(t("gui.menu.file")));
  QAction* open = file->addAction(to_qstring(t("gui.menu.open_scenario")), this, &MainWindow::choose_scenario);
  open->setShortcut(QKeySequence::Open);
  file->addAction(to_qstring(t("gui.menu.open_cafe")), this, &MainWindow::choose_cafe);
  recent_ = file->addMenu(to_qstring(t("gui.menu.recent")));
  connect(recent_, &QMenu::aboutToShow, this, &MainWindow::fill_recent);
  save_ = file->addAction(to_qstring(t("gui.menu.save")), this, &MainWindow::save_current);
  save_->setShortcut(QKeySequence::Save);
  save_as_ = file->addAction(to_qstring(t("gui.menu.save_as")), this, &MainWindow::save_current_as);
  save_as_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));  // SaveAs is empty on some desktops
  file->addSeparator();
  export_ = file->addMenu(to_qstring(t("gui.menu.export")));
  connect(export_, &QMenu::aboutToShow, this, &MainWindow::fill_export);
  file->addSeparator();
  QAction* quit = file->addAction(to_qstring(t("gui.menu.quit")), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  add_chart_exports(actuals_->chart_views());
  add_chart_exports(compare_->chart_views());
  QTableView* table = actuals_->table_view();
  auto* export_table = new QAction(to_qstring(t("gui.menu.export.table_here")), table);
  connect(export_table, &QAction::triggered, this, &MainWindow::choose_table_file);
  table->addAction(export_table);
  table->setContextMenuPolicy(Qt::ActionsContextMenu);
  connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::update_actions);
  update_actions();
  resize(1280, 800);
}

QList<FundingView*> MainWindow::funding_views() const {
  QList<FundingView*> views;
  for (int i = 0; i < tabs_->count(); ++i) {
    if (auto* view = qobject_cast<FundingView*>(tabs_->widget(i))) views.append(view);
  }
  return views;
}

QList<CafeView*> MainWindow::cafe_views() const {
  QList<CafeView*> views;
  for (int i = 0; i < tabs_->count(); ++i) {
    if (auto* view = qobject_cast<CafeView*>(tabs_->widget(i))) views.append(view);
  }
  return views;
}

FundingView* MainWindow::current_funding_view() const {
  return qobject_cast<FundingView*>(tabs_->currentWidget());
}

void MainWindow::refuse(const char* title, const QString& message) {
  std::cerr << "comptoir-gui: " << message.toStdString() << "\n";
  auto* box =
      new QMessageBox(QMessageBox::Critical, to_qstring(document_.labels()(title)), message, QMessageBox::Ok, this);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();  // window-modal, does not block
}

QString MainWindow::open_cafe(const std::string& path) {
  const Labels& t = document_.labels();
  CafeFigures figures;
  try {
    figures = document_.open_cafe(path);
  } catch (const std::exception& e) {
    const QString message = to_qstring(t("gui.error.cafe", {{"file", path}}) + "\n" + e.what());
    refuse("gui.error.scenario.title", message);
    return message;
  }
  auto* view = new CafeView(std::move(figures), t, this);
  const int index = tabs_->indexOf(compare_);  // the Compare tab stays last
  tabs_->insertTab(index, view, to_qstring(t("gui.tab.cafe")) + QStringLiteral(" — ") + view->name());
  tabs_->setTabToolTip(index, QString::fromStdString(path));
  tabs_->setCurrentIndex(index);
  add_chart_exports(view->chart_views());
  RecentFiles().add(QString::fromStdString(path));
  return {};
}

void MainWindow::choose_cafe() {
  const QString path = QFileDialog::getOpenFileName(this, to_qstring(document_.labels()("gui.menu.open_cafe")), {},
                                                    QStringLiteral("TOML (*.toml)"));
  if (!path.isEmpty()) (void)open_cafe(path.toStdString());
}

QString MainWindow::open_scenario(const std::string& path) {
  const Labels& t = document_.labels();
  if (forecast::scenario_kind_of_file(path) == forecast::ScenarioKind::Cafe) return open_cafe(path);
  FundingInputs inputs;
  try {
    inputs = document_.open_scenario(path);
  } catch (const std::exception& e) {
    const QString message = to_qstring(t("gui.error.scenario", {{"file", path}}) + "\n" + e.what());
    refuse("gui.error.scenario.title", message);
    return message;
  }
  auto* view = new FundingView(std::move(inputs), t, this);
  // After the funding-mix tabs, before the café plans and Compare.
  const QList<FundingView*> views = funding_views();
  add_view(view, views.isEmpty() ? 1 : tabs_->indexOf(views.back()) + 1);
  tabs_->setCurrentIndex(tabs_->indexOf(view));
  RecentFiles().add(QString::fromStdString(path));
  return {};
}

void MainWindow::add_view(FundingView* view, int index) {
  tabs_->insertTab(index, view, {});
  update_tab(view);
  connect(view, &FundingView::state_changed, this, [this, view] { update_tab(view); });
  add_chart_exports(view->chart_views());
}

void MainWindow::reload_variants_of(const std::string& base) {
  std::error_code error;
  const auto saved = std::filesystem::weakly_canonical(base, error);
  for (FundingView* old : funding_views()) {
    const std::string& of = old->session()->inputs().scenario.base_file;
    if (of.empty() || old->modified() || std::filesystem::weakly_canonical(of, error) != saved) continue;
    FundingInputs inputs;
    try {
      inputs = document_.open_scenario(old->file());
    } catch (const std::exception&) {
      continue;  // left as it is; opening it again will say why
    }
    auto* view = new FundingView(std::move(inputs), document_.labels(), this);
    view->scope_picker()->setCurrentIndex(old->scope_picker()->currentIndex());
    const int index = tabs_->indexOf(old);
    const bool current = tabs_->currentIndex() == index;
    add_view(view, index);
    if (current) tabs_->setCurrentIndex(index);
    tabs_->removeTab(tabs_->indexOf(old));
    old->deleteLater();
  }
}

QString MainWindow::save_scenario(FundingView& view, const std::string& path) {
  try {
    view.save(path);
  } catch (const std::exception& e) {
    const QString message = to_qstring(document_.labels()("gui.error.save", {{"file", path}}) + "\n" + e.what());
    refuse("gui.error.save.title", message);
    return message;
  }
  RecentFiles().add(QString::fromStdString(path));
  reload_variants_of(path);
  return {};
}

QStringList MainWindow::unsaved_scenarios() const {
  QStringList names;
  for (const FundingView* view : funding_views()) {
    if (view->modified()) names.append(to_qstring(view->session()->inputs().scenario.name));
  }
  return names;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  const QStringList unsaved = unsaved_scenarios();
  if (unsaved.isEmpty()) return QMainWindow::closeEvent(event);
  const Labels& t = document_.labels();
  QMessageBox box(QMessageBox::Warning, to_qstring(t("gui.close.unsaved.title")), to_qstring(t("gui.close.unsaved")),
                  QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel, this);
  box.setInformativeText(unsaved.join(QLatin1Char('\n')));
  box.button(QMessageBox::SaveAll)->setText(to_qstring(t("gui.close.save_all")));
  box.button(QMessageBox::Discard)->setText(to_qstring(t("gui.close.discard")));
  box.button(QMessageBox::Cancel)->setText(to_qstring(t("gui.close.cancel")));
  box.setDefaultButton(QMessageBox::SaveAll);
  const int answer = box.exec();
  bool saved = answer == QMessageBox::Discard;
  if (answer == QMessageBox::SaveAll) {
    saved = true;
    for (FundingView* view : funding_views()) {
      if (view->modified()) saved = save_scenario(*view, view->file()).isEmpty() && saved;
    }
  }
  if (saved) {
    event->accept();
  } else {
    event->ignore();  // stay: cancelled, or a save failed (its dialog says why)
  }
}

void MainWindow::update_tab(FundingView* view) {
  const int index = tabs_->indexOf(view);
  if (index < 0) return;
  const auto& scenario = view->session()->inputs().scenario;
  const QString modified = view->modified() ? QStringLiteral(" *") : QString();
  tabs_->setTabText(index, to_qstring(document_.labels()("gui.tab.funding")) + QStringLiteral(" — ") +
                               to_qstring(scenario.name) + modified);
  tabs_->setTabToolTip(index, QString::fromStdString(view->file()));
}

void MainWindow::update_actions() {
  const bool funding = current_funding_view() != nullptr;
  save_->setEnabled(funding);
  save_as_->setEnabled(funding);
}

void MainWindow::choose_scenario() {
  const QString path = QFileDialog::getOpenFileName(this, to_qstring(document_.labels()("gui.menu.open_scenario")), {},
                                                    QStringLiteral("TOML (*.toml)"));
  if (!path.isEmpty()) (void)open_scenario(path.toStdString());
}

void MainWindow::save_current() {
  if (FundingView* view = current_funding_view()) (void)save_scenario(*view, view->file());
}

void MainWindow::save_current_as() {
  FundingView* view = current_funding_view();
  if (view == nullptr) return;
  QFileDialog dialog(this, to_qstring(document_.labels()("gui.menu.save_as")), QString::fromStdString(view->file()),
                     QStringLiteral("TOML (*.toml)"));
  dialog.setAcceptMode(QFileDialog::AcceptSave);
  dialog.setDefaultSuffix(QStringLiteral("toml"));
  if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
    (void)save_scenario(*view, dialog.selectedFiles().front().toStdString());
  }
}

void MainWindow::fill_recent() {
  const Labels& t = document_.labels();
  recent_->clear();
  const QStringList files = RecentFiles().list();
  for (int i = 0; i < files.size(); ++i) {
    const QString& file = files[i];
    QAction* action =
        recent_->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()), this, [this, file] {
          // Refused (its dialog says why); a file gone since leaves the list.
          if (!open_scenario(file.toStdString()).isEmpty() && !QFileInfo::exists(file)) RecentFiles().remove(file);
        });
    action->setToolTip(file);
    action->setStatusTip(file);
  }
  if (files.isEmpty()) recent_->addAction(to_qstring(t("gui.menu.recent.none")))->setEnabled(false);
  recent_->addSeparator();
  QAction* clear = recent_->addAction(to_qstring(t("gui.menu.recent.clear")), this, [] { RecentFiles().clear(); });
  clear->setEnabled(!files.isEmpty());
  recent_->setToolTipsVisible(true);
}

void MainWindow::fill_export() {
  const Labels& t = document_.labels();
  export_->clear();
  QList<QChartView*> charts;
  if (FundingView* view = current_funding_view()) {
    charts = view->chart_views();
  } else if (tabs_->currentWidget() == actuals_) {
    charts = actuals_->chart_views();
  } else if (tabs_->currentWidget() == compare_) {
    charts = compare_->chart_views();
  } else if (auto* cafe = qobject_cast<CafeView*>(tabs_->currentWidget())) {
    charts = cafe->chart_views();
  }
  for (QChartView* chart : charts) {
    const std::string title = chart->chart()->title().toStdString();
    export_->addAction(to_qstring(t("gui.menu.export.chart", {{"title", title}})), this,
                       [this, chart] { choose_chart_file(*chart); });
  }
  if (tabs_->currentWidget() == actuals_) {
    export_->addAction(to_qstring(t("gui.menu.export.table", {{"title", actuals_->title().toStdString()}})), this,
                       &MainWindow::choose_table_file);
  }
}

void MainWindow::add_chart_exports(const QList<QChartView*>& views) {
  for (QChartView* view : views) {
    auto* action = new QAction(to_qstring(document_.labels()("gui.menu.export.chart_here")), view);
    connect(action, &QAction::triggered, this, [this, view] { choose_chart_file(*view); });
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
  }
}

void MainWindow::choose_chart_file(QChartView& view) {
  const Labels& t = document_.labels();
  QString filter;
  const QString path = QFileDialog::getSaveFileName(this, to_qstring(t("gui.menu.export")), view.chart()->title(),
                                                    chart_file_filter(t), &filter);
  if (path.isEmpty()) return;
  QString file = path;
  if (QFileInfo(file).suffix().isEmpty()) {
    // The format of the filter picked when the name has no extension.
    file += filter.contains(QLatin1String("*.svg"))   ? QStringLiteral(".svg")
            : filter.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf")
                                                      : QStringLiteral(".png");
  }
  const QString error = export_chart(view, file);
  if (!error.isEmpty())
    refuse("gui.error.export.title", to_qstring(t("gui.error.export", {{"file", file.toStdString()}})) + "\n" + error);
}

void MainWindow::choose_table_file() {
  const Labels& t = document_.labels();
  QString path = QFileDialog::getSaveFileName(this, to_qstring(t("gui.menu.export")), actuals_->title() + ".csv",
                                              table_file_filter(t));
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".csv");
  const QString error = export_table(actuals_->table_model()->table(), path, t);
  if (!error.isEmpty())
    refuse("gui.error.export.title", to_qstring(t("gui.error.export", {{"file", path.toStdString()}})) + "\n" + error);
}

}  // namespace comptoir::gui
