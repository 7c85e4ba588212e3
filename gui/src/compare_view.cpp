// See compare_view.hpp.
#include "compare_view.hpp"

#include <QChart>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <exception>

#include "display.hpp"
#include "line_chart.hpp"
#include "table_model.hpp"

namespace comptoir::gui {
namespace {

QTableView* table_of(TableModel* model, QWidget* parent) {
  auto* view = new QTableView(parent);
  view->setModel(model);
  view->setAlternatingRowColors(true);
  view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view->verticalHeader()->setVisible(false);
  return view;
}

}  // namespace

CompareView::CompareView(const Document& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      files_(new QListWidget(this)),
      add_(new QPushButton(this)),
      remove_(new QPushButton(this)),
      hint_(new QLabel(this)),
      result_(new LineChart(document.labels(), this)),
      cash_(new LineChart(document.labels(), this)),
      resources_(new LineChart(document.labels(), this)),
      table_model_(new TableModel(document.labels(), this)),
      differences_model_(new TableModel(document.labels(), this)),
      table_(table_of(table_model_, this)),
      differences_(table_of(differences_model_, this)) {
  const Labels& t = document.labels();
  add_->setText(to_qstring(t("gui.compare.add")));
  remove_->setText(to_qstring(t("gui.compare.remove")));
  hint_->setText(to_qstring(t("gui.compare.hint")));
  hint_->setWordWrap(true);
  files_->setMaximumWidth(230);
  hint_->setMaximumWidth(230);
  auto* side = new QVBoxLayout();
  side->addWidget(new QLabel(to_qstring(t("gui.compare.files")), this));
  side->addWidget(files_, 1);
  side->addWidget(add_);
  side->addWidget(remove_);
  side->addWidget(hint_);

  // The charts one above the other (their legends beside them: the
  // scenarios' names are long), the tables beside them.
  auto* charts = new QSplitter(Qt::Vertical, this);
  for (LineChart* chart : {result_, cash_, resources_}) {
    chart->chart()->legend()->setAlignment(Qt::AlignRight);
    chart->setMinimumSize(280, 180);
    charts->addWidget(chart);
  }
  charts->setChildrenCollapsible(false);
  auto* tables = new QSplitter(Qt::Vertical, this);
  tables->addWidget(table_);
  tables->addWidget(differences_);
  tables->setChildrenCollapsible(false);
  auto* main = new QSplitter(Qt::Horizontal, this);
  main->addWidget(charts);
  main->addWidget(tables);
  main->setSizes({600, 420});
  main->setChildrenCollapsible(false);

  auto* layout = new QHBoxLayout(this);
  layout->addLayout(side);
  layout->addWidget(main, 1);

  connect(add_, &QPushButton::clicked, this, &CompareView::choose_file);
  connect(remove_, &QPushButton::clicked, this, [this] { remove_file(files_->currentRow()); });
  redraw();
}

QString CompareView::set_files(const std::vector<std::string>& files) {
  const Labels& t = document_.labels();
  if (files.size() > max_files) {
    const QString message = to_qstring(t("gui.compare.too_many", {{"count", std::to_string(max_files)}}));
    emit refused(message);
    return message;
  }
  Comparison comparison;
  try {
    comparison = document_.compare(files);
  } catch (const std::exception& e) {
    // The loader's message names the file, line and key.
    const QString message = to_qstring(std::string(t("gui.compare.refused")) + "\n" + e.what());
    emit refused(message);
    return message;
  }
  comparison_ = std::move(comparison);
  redraw();
  return {};
}

QString CompareView::add_file(const std::string& file) {
  std::vector<std::string> files = comparison_.files;
  files.push_back(file);
  return set_files(files);
}

void CompareView::remove_file(int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= comparison_.files.size()) return;
  std::vector<std::string> files = comparison_.files;
  files.erase(files.begin() + index);
  (void)set_files(files);
}

void CompareView::choose_file() {
  const QStringList paths = QFileDialog::getOpenFileNames(this, to_qstring(document_.labels()("gui.compare.add")), {},
                                                          QStringLiteral("TOML (*.toml)"));
  std::vector<std::string> files = comparison_.files;
  for (const QString& path : paths) files.push_back(path.toStdString());
  if (!paths.isEmpty()) (void)set_files(files);
}

void CompareView::redraw() {
  const Labels& t = document_.labels();
  files_->clear();
  for (std::size_t i = 0; i < comparison_.files.size(); ++i) {
    const QString name = i < comparison_.names.size() ? to_qstring(comparison_.names[i]) : QString();
    auto* item =
        new QListWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(
                                name.isEmpty() ? QFileInfo(to_qstring(comparison_.files[i])).fileName() : name),
                            files_);
    item->setToolTip(to_qstring(comparison_.files[i]));
  }
  add_->setEnabled(comparison_.files.size() < max_files);
  remove_->setEnabled(!comparison_.files.empty());
  // Café plans: per plan year; funding mixes: both associations per year.
  const std::string kind = comparison_.cafe ? "gui.compare.cafe." : "gui.compare.";
  result_->show_series(comparison_.result, to_qstring(t(kind + "chart.result")));
  cash_->show_series(comparison_.cash, to_qstring(t(kind + "chart.cash")));
  resources_->show_series(comparison_.resources, to_qstring(t(kind + "chart.resources")));
  table_model_->set_table(comparison_.table);
  differences_model_->set_table(comparison_.differences);
  table_->resizeColumnsToContents();
  differences_->resizeColumnsToContents();
}

QList<QChartView*> CompareView::chart_views() const {
  return {result_, cash_, resources_};
}

}  // namespace comptoir::gui
