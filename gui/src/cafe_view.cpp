// See cafe_view.hpp.
#include "cafe_view.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "display.hpp"
#include "line_chart.hpp"
#include "series_chart.hpp"
#include "table_model.hpp"

namespace comptoir::gui {
namespace {

QTableView* table_of(TableModel* model, QWidget* parent) {
  auto* view = new QTableView(parent);
  view->setModel(model);
  view->setAlternatingRowColors(true);
  view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view->verticalHeader()->setVisible(false);
  view->resizeColumnsToContents();
  return view;
}

}  // namespace

CafeView::CafeView(CafeFigures figures, const Labels& t, QWidget* parent)
    : QWidget(parent),
      figures_(std::move(figures)),
      title_(new QLabel(this)),
      cash_(new LineChart(t, this)),
      break_even_(
          new SeriesChart(t, SeriesChart::Layout::Grouped, {QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x62, 0x1b)}, this)),
      results_(new SeriesChart(t, SeriesChart::Layout::Grouped,
                               {QColor(0x90, 0xa4, 0xae), QColor(0x2e, 0x7d, 0x32), QColor(0x6a, 0x1b, 0x9a)}, this)),
      summary_model_(new TableModel(t, this)),
      financing_model_(new TableModel(t, this)) {
  QFont title_font = title_->font();
  title_font.setBold(true);
  title_font.setPointSizeF(title_font.pointSizeF() * 1.3);
  title_->setFont(title_font);
  title_->setText(name());
  title_->setToolTip(to_qstring(figures_.file));

  cash_->show_series({figures_.month_cash}, to_qstring(figures_.month_cash.name), 6);
  break_even_->show_series(figures_.break_even, to_qstring(t("gui.cafe.chart.break_even")));
  results_->show_series(figures_.results, to_qstring(t("gui.cafe.chart.results")));
  summary_model_->set_table(figures_.summary);
  financing_model_->set_table(figures_.financing);

  auto* charts = new QWidget(this);
  auto* charts_layout = new QHBoxLayout(charts);
  charts_layout->setContentsMargins(0, 0, 0, 0);
  charts_layout->addWidget(cash_, 3);
  charts_layout->addWidget(break_even_, 2);
  charts_layout->addWidget(results_, 2);
  auto* tables = new QSplitter(Qt::Horizontal, this);
  tables->addWidget(table_of(summary_model_, this));
  tables->addWidget(table_of(financing_model_, this));
  tables->setStretchFactor(0, 3);
  tables->setStretchFactor(1, 2);
  tables->setChildrenCollapsible(false);
  auto* main = new QSplitter(Qt::Vertical, this);
  main->addWidget(charts);
  main->addWidget(tables);
  main->setSizes({360, 380});
  main->setChildrenCollapsible(false);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addWidget(main, 1);
}

QString CafeView::name() const {
  return to_qstring(figures_.plan.scenario.name);
}

QList<QChartView*> CafeView::chart_views() const {
  return {cash_, break_even_, results_};
}

}  // namespace comptoir::gui
