// The "Café plan" view of one café scenario file (budget prévisionnel, as
// `comptoir forecast cafe` computes it): the closing cash of each month,
// the revenue beside the break-even revenue per plan year, the EBE, net
// result and CAF per year, the SIG table (with CAF, break-even, BFR) and
// the start-up financing plan. Draws what the Document computed.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include "document.hpp"

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace comptoir::gui {

class LineChart;
class SeriesChart;
class TableModel;

class CafeView final : public QWidget {
  Q_OBJECT

 public:
  CafeView(CafeFigures figures, const Labels& labels, QWidget* parent = nullptr);

  [[nodiscard]] const CafeFigures& figures() const { return figures_; }
  [[nodiscard]] QString name() const;
  [[nodiscard]] LineChart* cash_chart() const { return cash_; }
  [[nodiscard]] SeriesChart* break_even_chart() const { return break_even_; }
  [[nodiscard]] SeriesChart* results_chart() const { return results_; }
  [[nodiscard]] TableModel* summary_model() const { return summary_model_; }
  [[nodiscard]] TableModel* financing_model() const { return financing_model_; }
  [[nodiscard]] QList<QChartView*> chart_views() const;

 private:
  CafeFigures figures_;
  QLabel* title_;
  LineChart* cash_;
  SeriesChart* break_even_;
  SeriesChart* results_;
  TableModel* summary_model_;
  TableModel* financing_model_;
};

}  // namespace comptoir::gui
