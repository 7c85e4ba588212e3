// See line_chart.hpp.
#include "line_chart.hpp"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "chart_style.hpp"
#include "display.hpp"

namespace comptoir::gui {
namespace {

const QList<QColor> line_colors{QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x28, 0x28), QColor(0x2e, 0x7d, 0x32),
                                QColor(0x6a, 0x1b, 0x9a)};

}  // namespace

LineChart::LineChart(const Labels& labels, QWidget* parent) : QChartView(new QChart(), parent), labels_(labels) {
  style_chart(*this, labels_, 1.1);
  setMinimumSize(280, 220);
}

void LineChart::show_series(const std::vector<ChartSeries>& series, const QString& title, int label_step) {
  series_ = series;
  lines_.clear();
  QChart* c = chart();
  clear_chart(c);
  c->setTitle(title);
  Money low;
  Money high;
  std::size_t longest = 0;
  for (std::size_t s = 0; s < series_.size(); ++s) {
    if (series_[s].values.size() > series_[longest].values.size()) longest = s;
    auto* line = new QLineSeries();
    line->setName(to_qstring(series_[s].name));
    line->setPen(QPen(line_colors[static_cast<int>(s) % line_colors.size()], 2.5));
    line->setPointsVisible(series_[s].values.size() <= 24);
    for (std::size_t i = 0; i < series_[s].values.size(); ++i) {
      line->append(static_cast<double>(i), chart_value(series_[s].values[i]));
      low = std::min(low, series_[s].values[i]);
      high = std::max(high, series_[s].values[i]);
    }
    const int index = static_cast<int>(s);
    connect(line, &QLineSeries::hovered, this, [this, index](const QPointF& point, bool state) {
      if (!state) return QToolTip::hideText();
      QToolTip::showText(QCursor::pos(), tooltip(index, static_cast<int>(std::lround(point.x()))), this);
    });
    lines_.append(line);
    c->addSeries(line);
  }
  // The x labels at their points (a category axis of a line chart).
  auto* x = new QCategoryAxis();
  x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
  if (!series_.empty()) {
    const auto& labels = series_[longest].x_labels;
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (label_step > 1 && i % static_cast<std::size_t>(label_step) != 0) continue;
      // A category axis wants distinct labels: months repeat over years.
      x->append(to_qstring(labels[i]) + QString(static_cast<qsizetype>(i), QChar(0x200b)), static_cast<double>(i));
    }
    x->setRange(0, std::max<double>(1, static_cast<double>(labels.size()) - 1));
  }
  auto* y = amount_axis(low, high, to_qstring(labels_("gui.axis.amount")), 5);
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  for (QLineSeries* line : lines_) {
    line->attachAxis(x);
    line->attachAxis(y);
  }
}

QString LineChart::title() const {
  return chart()->title();
}

QStringList LineChart::legend_texts() const {
  QStringList texts;
  for (const QLineSeries* line : lines_) texts << line->name();
  return texts;
}

double LineChart::point_value(int line, int index) const {
  if (line < 0 || line >= lines_.size() || index < 0 || index >= lines_[line]->count()) return 0;
  return lines_[line]->at(index).y();
}

QString LineChart::tooltip(int line, int index) const {
  if (line < 0 || static_cast<std::size_t>(line) >= series_.size()) return {};
  const ChartSeries& s = series_[static_cast<std::size_t>(line)];
  if (index < 0 || static_cast<std::size_t>(index) >= s.values.size()) return {};
  const auto i = static_cast<std::size_t>(index);
  return to_qstring(labels_(
      "gui.series.tooltip",
      {{"category", s.name}, {"series", s.x_labels[i]}, {"amount", euros(s.values[i], labels_).toStdString()}}));
}

}  // namespace comptoir::gui
