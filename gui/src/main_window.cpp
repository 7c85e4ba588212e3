// See main_window.hpp.
#include "main_window.hpp"

#include <QTabWidget>

#include "actuals_view.hpp"
#include "display.hpp"
#include "document.hpp"

namespace comptoir::gui {

MainWindow::MainWindow(const Document& document, QWidget* parent)
    : QMainWindow(parent), actuals_(new ActualsView(document, this)) {
  const Labels& t = document.labels();
  setWindowTitle(to_qstring(t("gui.window.title", {{"file", document.path()}})));
  auto* tabs = new QTabWidget(this);
  tabs->addTab(actuals_, to_qstring(t("gui.tab.actuals")));
  setCentralWidget(tabs);
  resize(1280, 800);
}

}  // namespace comptoir::gui
