// The "Actuals" view: an entity and a fiscal year picked, the activity
// report's resources by source and expenses by category as bar charts, and
// the same figures as a table. Everything shown comes from the Document.
#pragma once

#include <QWidget>
#include <string>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace comptoir::gui {

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
  TableModel* model_;
  QTableView* table_;
};

}  // namespace comptoir::gui
