// A line chart of the cash at each month end of a fiscal year (Qt Charts),
// and of the previous year's beside it when given, in a lighter colour: a
// point per month end on the months of the year, a French or English value
// axis in euros, a legend (the years) and a tooltip with the exact amount
// and date of the point under the mouse. It draws what it is given and
// computes nothing.
#pragma once

#include <QChartView>
#include <QString>
#include <QStringList>
#include <vector>

#include "labels/labels.hpp"
#include "reports/activity_charts.hpp"

QT_BEGIN_NAMESPACE
class QLineSeries;
QT_END_NAMESPACE

namespace comptoir::gui {

class CashChart final : public QChartView {
  Q_OBJECT

 public:
  explicit CashChart(const Labels& labels, QWidget* parent = nullptr);

  // Draws `points` named `legend` and `previous` (N-1's, empty: none) named
  // `previous_legend` under `title`, replacing what was drawn.
  void show_cash(const std::vector<MonthEndCash>& points, const QString& legend,
                 const std::vector<MonthEndCash>& previous, const QString& previous_legend, const QString& title);

  [[nodiscard]] const std::vector<MonthEndCash>& points() const { return points_; }
  [[nodiscard]] const std::vector<MonthEndCash>& previous_points() const { return previous_; }
  // The lines as Qt Charts holds them: N's, and N-1's or null.
  [[nodiscard]] QLineSeries* line() const { return line_; }
  [[nodiscard]] QLineSeries* previous_line() const { return previous_line_; }
  // The months on the x axis ("janv." …).
  [[nodiscard]] QStringList months() const;
  // "Trésorerie au 31/01/2025 : 1 234,56 €" of point `index` of N or N-1.
  [[nodiscard]] QString tooltip(int index, bool previous = false) const;
  [[nodiscard]] QString title() const;
  [[nodiscard]] QStringList legend_texts() const;
  // What a click on a point does: emits clicked(index, previous).
  void click(int index, bool previous) { emit clicked(index, previous); }

 signals:
  // The point of month `index` of N, or of N-1, was clicked.
  void clicked(int index, bool previous);

 private:
  [[nodiscard]] QLineSeries* new_line(const std::vector<MonthEndCash>& points, const QString& legend, QColor color,
                                      bool previous);

  Labels labels_;
  std::vector<MonthEndCash> points_;
  std::vector<MonthEndCash> previous_;
  QStringList months_;
  QLineSeries* line_ = nullptr;           // owned by the chart
  QLineSeries* previous_line_ = nullptr;  // idem; null without N-1
};

}  // namespace comptoir::gui
