// The "Actuals" view: an entity and a fiscal year picked, the activity
// report's resources by source and expenses by category as bar charts, the
// same figures as a table, and the month-end cash as a line chart; each
// beside the previous fiscal year's (N-1) when there is one. Everything
// shown comes from the Document.
#pragma once

#include <QList>
#include <QWidget>
#include <string>

QT_BEGIN_NAMESPACE
class QChartView;
class QComboBox;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace comptoir::gui {

class CashChart;
class CategoryChart;
class Document;
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
  // Every chart of the view, as the export menus list them.
  [[nodiscard]] QList<QChartView*> chart_views() const;
  [[nodiscard]] TableModel* table_model() const { return model_; }
  [[nodiscard]] QTableView* table_view() const { return table_; }
  [[nodiscard]] QString title() const;

 private:
  void entity_changed();
  void refresh();
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
};

}  // namespace comptoir::gui
