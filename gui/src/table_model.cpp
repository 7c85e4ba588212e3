// See table_model.hpp.
#include "table_model.hpp"

#include <QFont>

#include "display.hpp"

namespace comptoir::gui {

TableModel::TableModel(const Labels& labels, QObject* parent) : QAbstractTableModel(parent), labels_(labels) {}

void TableModel::set_table(TableData table) {
  beginResetModel();
  table_ = std::move(table);
  shown_.clear();
  for (std::size_t c = 0; c < table_.header.columns.size(); ++c) {
    if (table_.header.columns[c].width > 0) shown_.push_back(c);
  }
  endResetModel();
}

int TableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(table_.rows.size());
}

int TableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(shown_.size());
}

QVariant TableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
  const TableRow& row = table_.rows[static_cast<std::size_t>(index.row())];
  const std::size_t column = shown_[static_cast<std::size_t>(index.column())];
  if (column >= row.cells.size()) return {};
  const Cell& cell = row.cells[column];
  switch (role) {
    case Qt::DisplayRole:
      return cell_text(cell, labels_);
    case Qt::TextAlignmentRole:
      return table_.header.columns[column].align == Align::Right
                 ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
                 : QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::FontRole:
      if (row.total) {
        QFont bold;
        bold.setBold(true);
        return bold;
      }
      return {};
    case Qt::UserRole:
      if (const Money* amount = std::get_if<Money>(&cell)) return QVariant::fromValue<qlonglong>(amount->cents());
      return {};
    default:
      return {};
  }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) return {};
  const Column& column = table_.header.columns[shown_[static_cast<std::size_t>(section)]];
  if (role == Qt::DisplayRole) return to_qstring(column.heading);
  if (role == Qt::TextAlignmentRole && column.align == Align::Right) {
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
  }
  return {};
}

}  // namespace comptoir::gui
