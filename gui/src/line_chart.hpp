// Several chart series over the same points as lines (scenarios compared:
// result, year-end cash, resources per year; a café plan's month-end
// cash): a legend of the series, the points on a category axis, a value
// axis in euros, and a tooltip with the exact amount of the point under
// the mouse. It draws what it is given and computes nothing.
#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

#include "labels/labels.hpp"
#include "reports/chart_series.hpp"

QT_BEGIN_NAMESPACE
class QLineSeries;
QT_END_NAMESPACE

namespace comptoir::gui {

class LineChart final : public QChartView {
  Q_OBJECT

 public:
  explicit LineChart(const Labels& labels, QWidget* parent = nullptr);

  // Draws `series` under `title` (x labels of the longest), replacing what
  // was drawn; only every `label_step`-th x label is written (months).
  void show_series(const std::vector<ChartSeries>& series, const QString& title, int label_step = 1);

  [[nodiscard]] const std::vector<ChartSeries>& series() const { return series_; }
  [[nodiscard]] QString title() const;
  [[nodiscard]] QStringList legend_texts() const;
  // The point `index` of series `line` as drawn (euros), and its tooltip:
  // "Scénario de base — 2026 : 1 234,56 €".
  [[nodiscard]] double point_value(int line, int index) const;
  [[nodiscard]] QString tooltip(int line, int index) const;

 private:
  Labels labels_;
  std::vector<ChartSeries> series_;
  QList<QLineSeries*> lines_;  // owned by the chart
};

}  // namespace comptoir::gui
