// See main_window.hpp.
#include "main_window.hpp"

#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <exception>
#include <iostream>

#include "actuals_view.hpp"
#include "display.hpp"
#include "document.hpp"
#include "funding_view.hpp"

namespace comptoir::gui {

MainWindow::MainWindow(const Document& document, QWidget* parent)
    : QMainWindow(parent), document_(document), tabs_(new QTabWidget(this)), actuals_(new ActualsView(document, this)) {
  const Labels& t = document.labels();
  setWindowTitle(to_qstring(t("gui.window.title", {{"file", document.path()}})));
  tabs_->addTab(actuals_, to_qstring(t("gui.tab.actuals")));
  setCentralWidget(tabs_);
  QMenu* file = menuBar()->addMenu(to_qstring(t("gui.menu.file")));
  QAction* open = file->addAction(to_qstring(t("gui.menu.open_scenario")), this, &MainWindow::choose_scenario);
  open->setShortcut(QKeySequence::Open);
  file->addSeparator();
  QAction* quit = file->addAction(to_qstring(t("gui.menu.quit")), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
  resize(1280, 800);
}

QList<FundingView*> MainWindow::funding_views() const {
  QList<FundingView*> views;
  for (int i = 0; i < tabs_->count(); ++i) {
    if (auto* view = qobject_cast<FundingView*>(tabs_->widget(i))) views.append(view);
  }
  return views;
}

QString MainWindow::open_scenario(const std::string& path) {
  const Labels& t = document_.labels();
  FundingInputs inputs;
  try {
    inputs = document_.open_scenario(path);
  } catch (const std::exception& e) {
    const QString message = to_qstring(t("gui.error.scenario", {{"file", path}}) + "\n" + e.what());
    std::cerr << "comptoir-gui: " << message.toStdString() << "\n";
    auto* box = new QMessageBox(QMessageBox::Critical, to_qstring(t("gui.error.scenario.title")), message,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // window-modal, does not block
    return message;
  }
  const std::string name = inputs.scenario.name;
  auto* view = new FundingView(std::move(inputs), t, this);
  const int index = tabs_->addTab(view, to_qstring(t("gui.tab.funding")) + QStringLiteral(" — ") + to_qstring(name));
  tabs_->setCurrentIndex(index);
  return {};
}

void MainWindow::choose_scenario() {
  const QString path = QFileDialog::getOpenFileName(this, to_qstring(document_.labels()("gui.menu.open_scenario")), {},
                                                    QStringLiteral("TOML (*.toml)"));
  if (!path.isEmpty()) (void)open_scenario(path.toStdString());
}

}  // namespace comptoir::gui
