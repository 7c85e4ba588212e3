// See category_chart.hpp.
#include "category_chart.hpp"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

#include "chart_style.hpp"
#include "display.hpp"

namespace comptoir::gui {

CategoryChart::CategoryChart(const Labels& labels, QColor color, QWidget* parent)
    : QChartView(new QChart(), parent), labels_(labels), color_(color) {
  style_chart(*this, labels_, 1.2);
  setMinimumSize(420, 220);
}

QBarSet* CategoryChart::new_set(const ChartSeries& series, const QString& legend, QColor color) {
  // Qt draws the first bar of a horizontal series at the bottom: add them
  // last first so the series reads from the top.
  auto* set = new QBarSet(legend);
  set->setColor(color);
  set->setBorderColor(color.darker(120));
  for (std::size_t i = series.values.size(); i-- > 0;) set->append(chart_value(series.values[i]));
  connect(set, &QBarSet::hovered, this, [this, set](bool status, int bar) { hovered(set, status, bar); });
  connect(set, &QBarSet::clicked, this,
          [this, set](int bar) { emit clicked(series_index(bar), set == previous_set_ && set != set_); });
  return set;
}

void CategoryChart::show_series(const ChartSeries& series, const ChartSeries* previous, const QString& title,
                                const QString& legend, const QString& previous_legend) {
  series_ = series;
  previous_ = previous != nullptr ? *previous : ChartSeries{};
  QChart* c = chart();
  clear_chart(c);
  c->setTitle(title);

  auto* bars = new QHorizontalBarSeries();
  set_ = new_set(series_, legend, color_);
  previous_set_ = previous != nullptr ? new_set(previous_, previous_legend, previous_year_shade(color_)) : nullptr;
  // The legend in time order, N-1 first.
  if (previous_set_ != nullptr) bars->append(previous_set_);
  bars->append(set_);
  bars->setBarWidth(previous_set_ != nullptr ? 0.85 : 0.7);
  c->addSeries(bars);

  QStringList categories;
  for (std::size_t i = series_.values.size(); i-- > 0;) categories.append(to_qstring(series_.x_labels[i]));
  auto* category_axis = new QBarCategoryAxis();
  category_axis->append(categories);
  c->addAxis(category_axis, Qt::AlignLeft);
  bars->attachAxis(category_axis);

  Money low;
  Money high;
  for (const auto* values : {&series_.values, &previous_.values}) {
    for (Money m : *values) {
      low = std::min(low, m);
      high = std::max(high, m);
    }
  }
  auto* value_axis = amount_axis(low, high, to_qstring(labels_("gui.axis.amount")), 5);
  c->addAxis(value_axis, Qt::AlignBottom);
  bars->attachAxis(value_axis);
}

int CategoryChart::series_index(int bar) const {
  return static_cast<int>(series_.values.size()) - 1 - bar;
}

void CategoryChart::hovered(QBarSet* set, bool status, int bar) {
  if (!status) {
    QToolTip::hideText();
    return;
  }
  const int index = series_index(bar);
  QToolTip::showText(QCursor::pos(), set == previous_set_ ? previous_tooltip(index) : tooltip(index), this);
}

QStringList CategoryChart::categories() const {
  QStringList list;
  for (const auto& label : series_.x_labels) list.append(to_qstring(label));
  return list;
}

double CategoryChart::bar_value(int index) const {
  if (set_ == nullptr || index < 0 || index >= set_->count()) return 0;
  return set_->at(series_index(index));
}

double CategoryChart::previous_bar_value(int index) const {
  if (previous_set_ == nullptr || index < 0 || index >= previous_set_->count()) return 0;
  return previous_set_->at(series_index(index));
}

QString CategoryChart::tooltip_of(const ChartSeries& series, const QBarSet* set, int index) const {
  if (set == nullptr || index < 0 || static_cast<std::size_t>(index) >= series.values.size()) return {};
  const auto i = static_cast<std::size_t>(index);
  return to_qstring(labels_("gui.chart.tooltip", {{"category", series_.x_labels[i]},
                                                  {"year", set->label().toStdString()},
                                                  {"amount", euros(series.values[i], labels_).toStdString()}}));
}

QString CategoryChart::tooltip(int index) const {
  return tooltip_of(series_, set_, index);
}

QString CategoryChart::previous_tooltip(int index) const {
  return tooltip_of(previous_, previous_set_, index);
}

QString CategoryChart::title() const {
  return chart()->title();
}

QString CategoryChart::legend_text() const {
  return set_ == nullptr ? QString() : set_->label();
}

QStringList CategoryChart::legend_texts() const {
  QStringList texts;
  if (previous_set_ != nullptr) texts << previous_set_->label();
  if (set_ != nullptr) texts << set_->label();
  return texts;
}

}  // namespace comptoir::gui
