// A horizontal bar chart of one chart series (Qt Charts): one bar per
// category, the first at the top; a French or English value axis with its
// unit, a legend, and a tooltip with the exact amount of the bar under the
// mouse. It draws what it is given and computes nothing.
#pragma once

#include <QChartView>
#include <QColor>
#include <QString>
#include <QStringList>
#include <vector>

#include "core/money.hpp"
#include "labels/labels.hpp"
#include "reports/chart_series.hpp"

QT_BEGIN_NAMESPACE
class QBarSet;
QT_END_NAMESPACE

namespace comptoir::gui {

class CategoryChart final : public QChartView {
  Q_OBJECT

 public:
  CategoryChart(const Labels& labels, QColor color, QWidget* parent = nullptr);

  // Draws `series` under `title`, its bars named `legend`, replacing what
  // was drawn.
  void show_series(const ChartSeries& series, const QString& title, const QString& legend);

  // What is drawn, in the series' order (the bar set holds them bottom-up).
  [[nodiscard]] const std::vector<Money>& amounts() const { return series_.values; }
  [[nodiscard]] QStringList categories() const;
  // The bar of category `index` (series order) as drawn: its length in euros.
  [[nodiscard]] double bar_value(int index) const;
  // The tooltip of category `index`: "Prestations : 1 234,56 €".
  [[nodiscard]] QString tooltip(int index) const;
  [[nodiscard]] QString title() const;
  [[nodiscard]] QString legend_text() const;

 private:
  void hovered(bool status, int bar);
  [[nodiscard]] int series_index(int bar) const;

  Labels labels_;
  QColor color_;
  ChartSeries series_;
  QBarSet* set_ = nullptr;  // owned by the chart's series
};

}  // namespace comptoir::gui
