// A horizontal bar chart of several chart series over the same points
// (grants: awarded, called, received, spent per agreement; co-financing:
// invoiced, committed, left per funder; Guinguettes: takings, purchases,
// margin per tour), grouped or stacked: a legend of the series, a value
// axis in euros, a tooltip with the exact amount of the bar under the
// mouse, and a signal when a bar is clicked (what opens its ledger lines).
// It draws what it is given and computes nothing.
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
class QBarSet;
QT_END_NAMESPACE

namespace comptoir::gui {

class SeriesChart final : public QChartView {
  Q_OBJECT

 public:
  enum class Layout { Grouped, Stacked };
  SeriesChart(const Labels& labels, Layout layout, QList<QColor> colors, QWidget* parent = nullptr);

  // Draws `series` (the same x labels each) under `title`, replacing what
  // was drawn; the first point at the top.
  void show_series(const std::vector<ChartSeries>& series, const QString& title);

  [[nodiscard]] const std::vector<ChartSeries>& series() const { return series_; }
  [[nodiscard]] QString title() const;
  [[nodiscard]] QStringList legend_texts() const;
  // The bar of point `index` of series `set` as drawn (euros), and its
  // tooltip: "ANCT-2025 (…) — Reçu : 1 234,56 €".
  [[nodiscard]] double bar_value(int set, int index) const;
  [[nodiscard]] QString tooltip(int set, int index) const;
  [[nodiscard]] QBarSet* bar_set(int set) const;
  // What a click on a bar does: emits clicked(set, index) (tests call it).
  void click(int set, int index) { emit clicked(set, index); }

 signals:
  // Point `index` (series order) of series `set` was clicked.
  void clicked(int set, int index);

 private:
  [[nodiscard]] int point_of(int bar) const;

  Labels labels_;
  Layout layout_;
  QList<QColor> colors_;
  std::vector<ChartSeries> series_;
  QList<QBarSet*> sets_;  // owned by the chart's series
};

}  // namespace comptoir::gui
