// See actuals_view.hpp.
#include "actuals_view.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <exception>

#include "cash_chart.hpp"
#include "category_chart.hpp"
#include "display.hpp"
#include "document.hpp"
#include "table_model.hpp"

namespace comptoir::gui {

ActualsView::ActualsView(const Document& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      entities_(new QComboBox(this)),
      years_(new QComboBox(this)),
      title_(new QLabel(this)),
      resources_(new CategoryChart(document.labels(), QColor(0x2e, 0x7d, 0x32), this)),
      expenses_(new CategoryChart(document.labels(), QColor(0xc6, 0x62, 0x1b), this)),
      cash_(new CashChart(document.labels(), this)),
      model_(new TableModel(document.labels(), this)),
      table_(new QTableView(this)) {
  const Labels& t = document_.labels();
  for (const auto& choice : document_.entity_choices()) {
    entities_->addItem(to_qstring(choice.label), QString::fromStdString(choice.code));
  }
  entities_->setSizeAdjustPolicy(QComboBox::AdjustToContents);

  auto* pickers = new QHBoxLayout();
  auto* entity_label = new QLabel(to_qstring(t("gui.entity")), this);
  entity_label->setBuddy(entities_);
  auto* year_label = new QLabel(to_qstring(t("gui.year")), this);
  year_label->setBuddy(years_);
  pickers->addWidget(entity_label);
  pickers->addWidget(entities_);
  pickers->addSpacing(16);
  pickers->addWidget(year_label);
  pickers->addWidget(years_);
  pickers->addSpacing(24);
  QFont title_font = title_->font();
  title_font.setBold(true);
  title_font.setPointSizeF(title_font.pointSizeF() * 1.3);
  title_->setFont(title_font);
  pickers->addWidget(title_, 1);

  table_->setModel(model_);
  table_->setAlternatingRowColors(true);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setStretchLastSection(false);
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);

  auto* charts = new QWidget(this);
  auto* charts_layout = new QVBoxLayout(charts);
  charts_layout->setContentsMargins(0, 0, 0, 0);
  charts_layout->addWidget(resources_);
  charts_layout->addWidget(expenses_);

  // The table above the month-end cash, beside the bar charts.
  auto* right = new QSplitter(Qt::Vertical, this);
  right->addWidget(table_);
  right->addWidget(cash_);
  right->setSizes({420, 330});  // the table's rows, and room for the months
  right->setChildrenCollapsible(false);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(charts);
  splitter->addWidget(right);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  splitter->setChildrenCollapsible(false);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(pickers);
  layout->addWidget(splitter, 1);

  connect(entities_, &QComboBox::currentIndexChanged, this, &ActualsView::entity_changed);
  connect(years_, &QComboBox::currentIndexChanged, this, &ActualsView::refresh);
  entity_changed();
}

std::string ActualsView::entity_code() const {
  return entities_->currentData().toString().toStdString();
}

void ActualsView::entity_changed() {
  const int previous = years_->currentData().isValid() ? years_->currentData().toInt() : 0;
  {
    const QSignalBlocker quiet(years_);
    years_->clear();
    if (entities_->currentIndex() >= 0) {
      for (int year : document_.years(entity_code())) years_->addItem(QString::number(year), year);
    }
    // The same year as before when the entity has it, else the latest.
    const int same = years_->findData(previous);
    years_->setCurrentIndex(same >= 0 ? same : years_->count() - 1);
  }
  refresh();
}

void ActualsView::refresh() {
  if (entities_->currentIndex() < 0 || years_->currentIndex() < 0) return;
  Actuals actuals;
  try {
    actuals = document_.actuals(entity_code(), years_->currentData().toInt());
    title_->setStyleSheet({});
  } catch (const std::exception& e) {
    // A book the report cannot read (an entity without categories): say
    // so where the title goes and show nothing rather than stale figures.
    title_->setStyleSheet(QStringLiteral("color: #b00020"));
    actuals.title = e.what();
  }
  const Labels& t = document_.labels();
  title_->setText(to_qstring(actuals.title));
  const QString year = years_->currentText();
  const QString previous = actuals.previous ? QString::number(actuals.previous->year) : QString();
  const auto* previous_resources = actuals.charts.previous_resources ? &*actuals.charts.previous_resources : nullptr;
  const auto* previous_expenses = actuals.charts.previous_expenses ? &*actuals.charts.previous_expenses : nullptr;
  resources_->show_series(actuals.charts.resources, previous_resources, to_qstring(t("gui.chart.resources")), year,
                          previous);
  expenses_->show_series(actuals.charts.expenses, previous_expenses, to_qstring(t("gui.chart.expenses")), year,
                         previous);
  cash_->show_cash(actuals.cash, year, actuals.previous_cash, previous, to_qstring(t("gui.chart.cash")));
  model_->set_table(actuals.table);
  table_->resizeColumnsToContents();
  // Wide enough for every column: amounts are never cut.
  table_->setMinimumWidth(table_->horizontalHeader()->length() + 2 * table_->frameWidth() +
                          table_->verticalScrollBar()->sizeHint().width());
}

bool ActualsView::select(const std::string& entity, int year) {
  const int e = entities_->findData(QString::fromStdString(entity));
  if (e < 0) return false;
  entities_->setCurrentIndex(e);
  const int y = years_->findData(year);
  if (y < 0) return false;
  years_->setCurrentIndex(y);
  return true;
}

QList<QChartView*> ActualsView::chart_views() const {
  return {resources_, expenses_, cash_};
}

QString ActualsView::title() const {
  return title_->text();
}

}  // namespace comptoir::gui
