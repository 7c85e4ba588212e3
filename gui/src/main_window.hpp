// The desktop app's window: one tab per view of the open book (Actuals),
// then one "Funding mix" tab per scenario opened (on the command line or
// with File > Open scenario), titled with the book's file.
#pragma once

#include <QMainWindow>
#include <QString>
#include <string>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace comptoir::gui {

class ActualsView;
class Document;
class FundingView;

class MainWindow final : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(const Document& document, QWidget* parent = nullptr);
  [[nodiscard]] ActualsView* actuals() const { return actuals_; }
  [[nodiscard]] QTabWidget* tabs() const { return tabs_; }
  // The funding-mix views, in the order opened.
  [[nodiscard]] QList<FundingView*> funding_views() const;

  // Opens the scenario at `path` in a new tab and shows it. A file that
  // cannot be read is refused: "" then the message (file, line and key as
  // the loader says them) in a dialog that does not block, on standard
  // error, and the window keeps what it had. Returns the error ("" if opened).
  QString open_scenario(const std::string& path);

 private:
  void choose_scenario();

  const Document& document_;
  QTabWidget* tabs_;
  ActualsView* actuals_;
};

}  // namespace comptoir::gui
