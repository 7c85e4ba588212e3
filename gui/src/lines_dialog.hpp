// The ledger lines behind a figure that was clicked: a window (not modal)
// with the lines' table as reports/ledger_lines.hpp makes it, their total
// and net last; its context menu exports them as CSV. The exact amounts
// are the model's (TableModel).
#pragma once

#include <QDialog>

#include "labels/labels.hpp"
#include "reports/table_data.hpp"

QT_BEGIN_NAMESPACE
class QTableView;
QT_END_NAMESPACE

namespace comptoir::gui {

class TableModel;

class LinesDialog final : public QDialog {
  Q_OBJECT

 public:
  LinesDialog(TableData lines, const Labels& labels, QWidget* parent = nullptr);
  [[nodiscard]] TableModel* model() const { return model_; }
  [[nodiscard]] QTableView* view() const { return view_; }

 private:
  TableModel* model_;
  QTableView* view_;
};

}  // namespace comptoir::gui
