// The "Actuals" view: an entity and a fiscal year picked, four pages. The
// result and cash: the activity report's resources by source and expenses
// by category as bar charts, the same figures as a table, and the
// month-end cash as a line chart; each beside the previous fiscal year's
// (N-1) when there is one. Grants: each agreement's awarded, called,
// received and spent against its time elapsed. Co-financing: each
// funder's caps invoiced, committed and left, and per commune. The
// Guinguettes: takings, purchases and margin per tour and per event.
// Clicking a bar or a point opens the ledger lines behind it (a
// LinesDialog). Everything shown comes from the Document.
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "reports/actuals_charts.hpp"
#include "reports/table_data.hpp"

QT_BEGIN_NAMESPACE
class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

namespace comptoir::gui {

class CashChart;
class CategoryChart;
class Document;
class EventChart;
class LinesDialog;
class SeriesChart;
class TableModel;

class ActualsView final : public QWidget {
  Q_OBJECT

 public:
  explicit ActualsView(const Document& document, QWidget* parent = nullptr);

  // Picks `entity` ("" = combined) and `year`; false if the book lacks them.
  bool select(const std::string& entity, int year);

  [[nodiscard]] QComboBox* entity_picker() const { return entities_; }
  [[nodiscard]] QComboBox* year_picker() const { return years_; }
  [[nodiscard]] CategoryChart* resources_chart() const { return resources_; }
  [[nodiscard]] CategoryChart* expenses_chart() const { return expenses_; }
  [[nodiscard]] CashChart* cash_chart() const { return cash_; }
  [[nodiscard]] SeriesChart* grants_chart() const { return grants_; }
  [[nodiscard]] SeriesChart* headroom_chart() const { return headroom_; }
  [[nodiscard]] QTableView* headroom_table() const { return headroom_table_; }
  [[nodiscard]] SeriesChart* tours_chart() const { return tours_; }
  [[nodiscard]] EventChart* events_chart() const { return events_; }
  // The pages: result and cash, grants, co-financing, Guinguettes.
  [[nodiscard]] QTabWidget* pages() const { return pages_; }
  // What the charts of the grants, co-financing and Guinguettes pages draw.
  [[nodiscard]] const GrantChart& grant_data() const { return grant_data_; }
  [[nodiscard]] const HeadroomChart& headroom_data() const { return headroom_data_; }
  [[nodiscard]] const GuinguetteChart& guinguette_data() const { return guinguette_data_; }
  // The ledger lines window opened last by a click (null when closed).
  [[nodiscard]] LinesDialog* lines_dialog() const;
  // Every chart of the view, as the export menus list them.
  [[nodiscard]] QList<QChartView*> chart_views() const;
  [[nodiscard]] TableModel* table_model() const { return model_; }
  [[nodiscard]] QTableView* table_view() const { return table_; }
  [[nodiscard]] QString title() const;

 private:
  void entity_changed();
  void refresh();
  void refresh_pages(const std::string& entity, int year);
  // Opens the lines `lines` reads in a LinesDialog (a warning if it throws).
  void show_lines(const std::function<TableData()>& lines);
  void category_clicked(bool resources, int index, bool previous);
  void cash_clicked(int index, bool previous);
  void headroom_row_activated(int row);
  [[nodiscard]] std::string entity_code() const;

  const Document& document_;
  QComboBox* entities_;
  QComboBox* years_;
  QLabel* title_;
  CategoryChart* resources_;
  CategoryChart* expenses_;
  CashChart* cash_;
  TableModel* model_;
  QTableView* table_;
  QTabWidget* pages_;
  SeriesChart* grants_;
  SeriesChart* headroom_;
  TableModel* headroom_model_;
  QTableView* headroom_table_;
  SeriesChart* tours_;
  EventChart* events_;
  // What is drawn, for the clicks.
  std::vector<std::string> resource_codes_;
  std::vector<std::string> expense_codes_;
  int year_ = 0;
  std::optional<int> previous_year_;
  GrantChart grant_data_;
  HeadroomChart headroom_data_;
  GuinguetteChart guinguette_data_;
  QPointer<LinesDialog> lines_;
};

}  // namespace comptoir::gui
