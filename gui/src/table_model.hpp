// A report table (TableData) as a read-only Qt model: the columns text
// output shows, cells written as the text tables write them, amounts in
// euros and right-aligned, total rows in bold. The exact amount of a cell
// is its Qt::UserRole (cents), for tests and for copying.
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "labels/labels.hpp"
#include "reports/table_data.hpp"

namespace comptoir::gui {

class TableModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  explicit TableModel(const Labels& labels, QObject* parent = nullptr);

  // Shows `table` instead of what the model held.
  void set_table(TableData table);
  [[nodiscard]] const TableData& table() const { return table_; }

  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  Labels labels_;
  TableData table_;
  std::vector<std::size_t> shown_;  // indexes of the columns text shows (width > 0)
};

}  // namespace comptoir::gui
