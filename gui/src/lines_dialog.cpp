// See lines_dialog.hpp.
#include "lines_dialog.hpp"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "display.hpp"
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
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  buttons->button(QDialogButtonBox::Close)->setText(to_qstring(labels("gui.lines.close")));
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(view_, 1);
  layout->addWidget(buttons);
  resize(1000, 560);
}

}  // namespace comptoir::gui
