// See cash_chart.hpp.
#include "cash_chart.hpp"

#include <QBarCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "chart_style.hpp"
#include "display.hpp"

namespace comptoir::gui {

namespace {

const QColor cash_color(0x15, 0x65, 0xc0);

}  // namespace

CashChart::CashChart(const Labels& labels, QWidget* parent) : QChartView(new QChart(), parent), labels_(labels) {
  style_chart(*this, labels_, 1.2);
  setMinimumSize(420, 220);
}

QLineSeries* CashChart::new_line(const std::vector<MonthEndCash>& points, const QString& legend, QColor color,
                                 bool previous) {
  auto* line = new QLineSeries();
  line->setName(legend);
  QList<QPointF> xy;
  // x: the month's place on the category axis (0 for the first).
  for (std::size_t i = 0; i < points.size(); ++i) xy.append({static_cast<double>(i), chart_value(points[i].balance)});
  line->replace(xy);
  line->setPen(QPen(color, previous ? 2 : 2.5));
  line->setPointsVisible(true);
  connect(line, &QLineSeries::hovered, this, [this, previous](const QPointF& point, bool state) {
    if (!state) return QToolTip::hideText();
    QToolTip::showText(QCursor::pos(), tooltip(static_cast<int>(std::lround(point.x())), previous), this);
  });
  connect(line, &QLineSeries::clicked, this,
          [this, previous](const QPointF& point) { emit clicked(static_cast<int>(std::lround(point.x())), previous); });
  return line;
}

void CashChart::show_cash(const std::vector<MonthEndCash>& points, const QString& legend,
                          const std::vector<MonthEndCash>& previous, const QString& previous_legend,
                          const QString& title) {
  points_ = points;
  previous_ = previous;
  QChart* c = chart();
  clear_chart(c);
  c->setTitle(title);
  // The months of the year; a longer N-1 (a first year of 18 months)
  // names its own further months.
  months_.clear();
  const auto& longest = previous_.size() > points_.size() ? previous_ : points_;
  for (const auto& label : month_end_cash_series(longest, {}, labels_).x_labels) months_.append(to_qstring(label));

  // N-1 first, under N and first in the legend (time order).
  previous_line_ =
      previous_.empty() ? nullptr : new_line(previous_, previous_legend, previous_year_shade(cash_color), true);
  line_ = new_line(points_, legend, cash_color, false);
  if (previous_line_ != nullptr) c->addSeries(previous_line_);
  c->addSeries(line_);

  auto* x = new QBarCategoryAxis();
  x->append(months_);
  x->setGridLineVisible(false);
  // Twelve months in a narrow chart: a smaller font keeps "sept." whole.
  QFont months_font = x->labelsFont();
  months_font.setPointSizeF(months_font.pointSizeF() * 0.85);
  x->setLabelsFont(months_font);

  Money low;
  Money high;
  for (const auto* list : {&points_, &previous_}) {
    for (const auto& p : *list) {
      low = std::min(low, p.balance);
      high = std::max(high, p.balance);
    }
  }
  auto* y = amount_axis(low, high, to_qstring(labels_("gui.axis.amount")), 5);
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  for (QLineSeries* line : {previous_line_, line_}) {
    if (line == nullptr) continue;
    line->attachAxis(x);
    line->attachAxis(y);
  }
}

QStringList CashChart::months() const {
  return months_;
}

QString CashChart::tooltip(int index, bool previous) const {
  const auto& list = previous ? previous_ : points_;
  if (index < 0 || static_cast<std::size_t>(index) >= list.size()) return {};
  const MonthEndCash& point = list[static_cast<std::size_t>(index)];
  return to_qstring(labels_("gui.chart.cash.tooltip", {{"date", labels_.date(point.date)},
                                                       {"amount", euros(point.balance, labels_).toStdString()}}));
}

QString CashChart::title() const {
  return chart()->title();
}

QStringList CashChart::legend_texts() const {
  QStringList texts;
  for (QAbstractSeries* s : chart()->series()) texts << s->name();
  return texts;
}

}  // namespace comptoir::gui
