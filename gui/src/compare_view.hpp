// The "Compare" view: two to four funding-mix scenario files side by side
// (the first is the base), the same charts overlaid (combined result,
// year-end cash and total resources per year, a line per scenario; for
// café plans, net result, year-end cash and revenue per plan year), the
// table of the scenarios side by side and the table of each one's
// differences from the base per year. Files are added with a button (or
// given on the command line) and removed from the list; everything drawn
// comes from the Document.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>
#include <string>
#include <vector>

#include "document.hpp"

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace comptoir::gui {

class LineChart;
class TableModel;

class CompareView final : public QWidget {
  Q_OBJECT

 public:
  static constexpr std::size_t max_files = 4;

  explicit CompareView(const Document& document, QWidget* parent = nullptr);

  // Compares `files` instead of what was compared. A file that cannot be
  // read, or more than four, is refused: the message (file, line and key
  // as the loader says them), and what was compared stays.
  [[nodiscard]] QString set_files(const std::vector<std::string>& files);
  [[nodiscard]] QString add_file(const std::string& file);
  void remove_file(int index);

  [[nodiscard]] const Comparison& comparison() const { return comparison_; }
  [[nodiscard]] LineChart* result_chart() const { return result_; }
  [[nodiscard]] LineChart* cash_chart() const { return cash_; }
  [[nodiscard]] LineChart* resources_chart() const { return resources_; }
  [[nodiscard]] TableModel* table_model() const { return table_model_; }
  [[nodiscard]] TableModel* differences_model() const { return differences_model_; }
  [[nodiscard]] QTableView* differences_view() const { return differences_; }
  [[nodiscard]] QList<QChartView*> chart_views() const;

 signals:
  // A file was refused: its message (the window shows it).
  void refused(const QString& message);

 private:
  void choose_file();
  void redraw();

  const Document& document_;
  Comparison comparison_;
  QListWidget* files_;
  QPushButton* add_;
  QPushButton* remove_;
  QLabel* hint_;
  LineChart* result_;
  LineChart* cash_;
  LineChart* resources_;
  TableModel* table_model_;
  TableModel* differences_model_;
  QTableView* table_;
  QTableView* differences_;
};

}  // namespace comptoir::gui
