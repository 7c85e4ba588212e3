// See series_chart.hpp.
#include "series_chart.hpp"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

#include "chart_style.hpp"
#include "display.hpp"

namespace comptoir::gui {

SeriesChart::SeriesChart(const Labels& labels, Layout layout, QList<QColor> colors, QWidget* parent)
    : QChartView(new QChart(), parent), labels_(labels), layout_(layout), colors_(std::move(colors)) {
  style_chart(*this, labels_, 1.1);
  setMinimumSize(420, 220);
}

int SeriesChart::point_of(int bar) const {
  // Qt draws the first bar of a horizontal series at the bottom: the
  // points are added last first so the series reads from the top.
  const int points = series_.empty() ? 0 : static_cast<int>(series_.front().values.size());
  return points - 1 - bar;
}

void SeriesChart::show_series(const std::vector<ChartSeries>& series, const QString& title) {
  series_ = series;
  sets_.clear();
  QChart* c = chart();
  clear_chart(c);
  c->setTitle(title);
  QAbstractBarSeries* bars = layout_ == Layout::Stacked
                                 ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries())
                                 : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries());
  Money low;
  Money high;
  for (std::size_t s = 0; s < series_.size(); ++s) {
    auto* set = new QBarSet(to_qstring(series_[s].name));
    const QColor color = colors_.isEmpty() ? QColor(Qt::gray) : colors_[static_cast<int>(s) % colors_.size()];
    set->setColor(color);
    set->setBorderColor(color.darker(120));
    const auto& values = series_[s].values;
    for (std::size_t i = values.size(); i-- > 0;) set->append(chart_value(values[i]));
    const int index = static_cast<int>(s);
    connect(set, &QBarSet::hovered, this, [this, index](bool status, int bar) {
      if (!status) return QToolTip::hideText();
      QToolTip::showText(QCursor::pos(), tooltip(index, point_of(bar)), this);
    });
    connect(set, &QBarSet::clicked, this, [this, index](int bar) { emit clicked(index, point_of(bar)); });
    bars->append(set);
    sets_.append(set);
    for (Money m : values) low = std::min(low, m);
  }
  if (layout_ == Layout::Stacked && !series_.empty()) {
    // A stacked bar is as long as its parts together.
    for (std::size_t i = 0; i < series_.front().values.size(); ++i) {
      Money sum;
      for (const auto& s : series_) sum += s.values[i];
      high = std::max(high, sum);
    }
  } else {
    for (const auto& s : series_) {
      for (Money m : s.values) high = std::max(high, m);
    }
  }
  bars->setBarWidth(layout_ == Layout::Stacked ? 0.6 : 0.8);
  c->addSeries(bars);
  QStringList categories;
  if (!series_.empty()) {
    const auto& labels = series_.front().x_labels;
    for (std::size_t i = labels.size(); i-- > 0;) categories.append(to_qstring(labels[i]));
  }
  auto* category_axis = new QBarCategoryAxis();
  category_axis->append(categories);
  c->addAxis(category_axis, Qt::AlignLeft);
  bars->attachAxis(category_axis);
  auto* value_axis = amount_axis(low, high, to_qstring(labels_("gui.axis.amount")), 5);
  c->addAxis(value_axis, Qt::AlignBottom);
  bars->attachAxis(value_axis);
}

QString SeriesChart::title() const {
  return chart()->title();
}

QStringList SeriesChart::legend_texts() const {
  QStringList texts;
  for (const QBarSet* set : sets_) texts << set->label();
  return texts;
}

QBarSet* SeriesChart::bar_set(int set) const {
  return set >= 0 && set < sets_.size() ? sets_[set] : nullptr;
}

double SeriesChart::bar_value(int set, int index) const {
  const QBarSet* bars = bar_set(set);
  if (bars == nullptr || index < 0 || index >= bars->count()) return 0;
  return bars->at(point_of(index));
}

QString SeriesChart::tooltip(int set, int index) const {
  if (set < 0 || static_cast<std::size_t>(set) >= series_.size()) return {};
  const ChartSeries& s = series_[static_cast<std::size_t>(set)];
  if (index < 0 || static_cast<std::size_t>(index) >= s.values.size()) return {};
  const auto i = static_cast<std::size_t>(index);
  return to_qstring(labels_(
      "gui.series.tooltip",
      {{"category", s.x_labels[i]}, {"series", s.name}, {"amount", euros(s.values[i], labels_).toStdString()}}));
}

}  // namespace comptoir::gui
