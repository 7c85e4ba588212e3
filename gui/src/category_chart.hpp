// A horizontal bar chart of one chart series (Qt Charts), and the previous
// year's beside it when given: one bar per category and year, the first
// category at the top, N-1 in a lighter colour; a French or English value
// axis with its unit, a legend (the years), and a tooltip with the exact
// amount of the bar under the mouse. It draws what it is given and
// computes nothing.
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

  // Draws `series` under `title`, its bars named `legend`, and `previous`
  // (the same categories in N-1, or null) named `previous_legend`,
  // replacing what was drawn.
  void show_series(const ChartSeries& series, const ChartSeries* previous, const QString& title, const QString& legend,
                   const QString& previous_legend = {});

  // What is drawn, in the series' order (the bar sets hold them bottom-up).
  [[nodiscard]] const std::vector<Money>& amounts() const { return series_.values; }
  // N-1's, in the same order; empty without N-1.
  [[nodiscard]] const std::vector<Money>& previous_amounts() const { return previous_.values; }
  [[nodiscard]] bool has_previous() const { return previous_set_ != nullptr; }
  [[nodiscard]] QStringList categories() const;
  // The bar of category `index` (series order) as drawn: its length in
  // euros, in N or in N-1 (0 without N-1).
  [[nodiscard]] double bar_value(int index) const;
  [[nodiscard]] double previous_bar_value(int index) const;
  // The tooltip of category `index`: "Prestations — 2025 : 1 234,56 €",
  // and of its N-1 bar.
  [[nodiscard]] QString tooltip(int index) const;
  [[nodiscard]] QString previous_tooltip(int index) const;
  [[nodiscard]] QString title() const;
  // The legend of N's bars ("2025"), and every legend in the chart's order.
  [[nodiscard]] QString legend_text() const;
  [[nodiscard]] QStringList legend_texts() const;
  // The bar sets as Qt Charts holds them: N, and N-1 or null.
  [[nodiscard]] QBarSet* bar_set() const { return set_; }
  [[nodiscard]] QBarSet* previous_bar_set() const { return previous_set_; }
  // What a click on a bar does: emits clicked(index, previous).
  void click(int index, bool previous) { emit clicked(index, previous); }

 signals:
  // The bar of category `index` (series order) of N, or of N-1, was clicked.
  void clicked(int index, bool previous);

 private:
  void hovered(QBarSet* set, bool status, int bar);
  [[nodiscard]] int series_index(int bar) const;
  [[nodiscard]] QBarSet* new_set(const ChartSeries& series, const QString& legend, QColor color);
  [[nodiscard]] QString tooltip_of(const ChartSeries& series, const QBarSet* set, int index) const;

  Labels labels_;
  QColor color_;
  ChartSeries series_;
  ChartSeries previous_;
  QBarSet* set_ = nullptr;           // owned by the chart's series
  QBarSet* previous_set_ = nullptr;  // idem; null without N-1
};

}  // namespace comptoir::gui
