// The desktop app's window: one tab per view of the open book (Actuals),
// then one "Funding mix" tab per scenario opened (on the command line or
// with File > Open scenario), titled with the book's file. The File menu
// opens, saves (the scenario of the current tab, as the CLI reads it) and
// reopens recent scenarios, and exports the current tab's charts (PNG, SVG,
// PDF) and tables (CSV); each chart and table also has its own export in
// its context menu.
#pragma once

#include <QMainWindow>
#include <QString>
#include <string>

QT_BEGIN_NAMESPACE
class QAction;
class QChartView;
class QMenu;
class QTabWidget;
QT_END_NAMESPACE

namespace comptoir::gui {

class ActualsView;
class CafeView;
class CompareView;
class Document;
class FundingView;

class MainWindow final : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(const Document& document, QWidget* parent = nullptr);
  [[nodiscard]] ActualsView* actuals() const { return actuals_; }
  [[nodiscard]] QTabWidget* tabs() const { return tabs_; }
  // The Compare tab (always the last).
  [[nodiscard]] CompareView* compare() const { return compare_; }
  // The café plans, in the order opened.
  [[nodiscard]] QList<CafeView*> cafe_views() const;
  // The funding-mix views, in the order opened.
  [[nodiscard]] QList<FundingView*> funding_views() const;
  // The funding-mix view of the current tab, or null.
  [[nodiscard]] FundingView* current_funding_view() const;

  // Opens the scenario at `path` in a new tab and shows it. A file that
  // cannot be read is refused: "" then the message (file, line and key as
  // the loader says them) in a dialog that does not block, on standard
  // error, and the window keeps what it had. Returns the error ("" if opened).
  // A café scenario (told apart by its content) opens in a Café plan tab.
  QString open_scenario(const std::string& path);
  // Opens the café scenario at `path` in a new tab; refused as open_scenario is.
  QString open_cafe(const std::string& path);
  // Saves the scenario of `view` to `path` (a variant: what differs from
  // its base). Refused as open_scenario is; returns the error ("" if saved).
  // The open variants of the scenario saved, without unsaved edits of
  // their own, are read again: a change to a base moves its variants.
  QString save_scenario(FundingView& view, const std::string& path);

  // The names of the scenarios with unsaved edits, in tab order. Closing
  // the window with some asks whether to save them all, quit without
  // saving, or stay.
  [[nodiscard]] QStringList unsaved_scenarios() const;

  [[nodiscard]] QAction* save_action() const { return save_; }
  [[nodiscard]] QAction* save_as_action() const { return save_as_; }
  // File > Recent files and File > Export, filled when they open.
  [[nodiscard]] QMenu* recent_menu() const { return recent_; }
  [[nodiscard]] QMenu* export_menu() const { return export_; }

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void choose_scenario();
  void choose_cafe();
  void save_current();
  void save_current_as();
  void fill_recent();
  void fill_export();
  void choose_chart_file(QChartView& view);
  void choose_table_file();
  void add_chart_exports(const QList<QChartView*>& views);
  void update_tab(FundingView* view);
  void add_view(FundingView* view, int index);
  void reload_variants_of(const std::string& base);
  void update_actions();
  void refuse(const char* title, const QString& message);

  const Document& document_;
  QTabWidget* tabs_;
  ActualsView* actuals_;
  CompareView* compare_;
  QAction* save_;
  QAction* save_as_;
  QMenu* recent_;
  QMenu* export_;
};

}  // namespace comptoir::gui
