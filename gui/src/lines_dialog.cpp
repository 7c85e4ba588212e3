// See lines_dialog.hpp.
#include "lines_dialog.hpp"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "display.hpp"
#include "export.hpp"
#include "table_model.hpp"

namespace comptoir::gui {

LinesDialog::LinesDialog(TableData lines, const Labels& labels, QWidget* parent)
    : QDialog(parent), model_(new TableModel(labels, this)), view_(new QTableView(this)) {
  setWindowTitle(to_qstring(lines.header.title));
  model_->set_table(std::move(lines));
  view_->setModel(model_);
  view_->setAlternatingRowColors(true);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view_->verticalHeader()->setVisible(false);
  view_->resizeColumnsToContents();
  view_->horizontalHeader()->setStretchLastSection(false);
  // The lines as CSV (the machine form of `--format csv`), from the table's context menu.
  auto* csv = new QAction(to_qstring(labels("gui.menu.export.table_here")), view_);
  connect(csv, &QAction::triggered, this, [this, labels] {
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), windowTitle() + QStringLiteral(".csv"),
                                                      table_file_filter(labels));
    if (path.isEmpty()) return;
    const QString error = export_table(model_->table(), path, labels);
    if (!error.isEmpty()) QMessageBox::warning(this, windowTitle(), error);
  });
  view_->addAction(csv);
  view_->setContextMenuPolicy(Qt::ActionsContextMenu);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  buttons->button(QDialogButtonBox::Close)->setText(to_qstring(labels("gui.lines.close")));
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(view_, 1);
  layout->addWidget(buttons);
  resize(1000, 560);
}

}  // namespace comptoir::gui
