// See category_chart.hpp.
#include "category_chart.hpp"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

#include "display.hpp"

namespace comptoir::gui {

CategoryChart::CategoryChart(const Labels& labels, QColor color, QWidget* parent)
    : QChartView(new QChart(), parent), labels_(labels), color_(color) {
  setRenderHint(QPainter::Antialiasing);
  chart()->setAnimationOptions(QChart::NoAnimation);
  // Axis numbers as the language writes them: "800 000" in French.
  chart()->setLocalizeNumbers(true);
  chart()->setLocale(labels_.french() ? QLocale(QLocale::French, QLocale::France)
                                      : QLocale(QLocale::English, QLocale::UnitedKingdom));
  chart()->legend()->setVisible(true);
  chart()->legend()->setAlignment(Qt::AlignBottom);
  QFont title_font = chart()->titleFont();
  title_font.setBold(true);
  title_font.setPointSizeF(title_font.pointSizeF() * 1.2);
  chart()->setTitleFont(title_font);
  setMinimumSize(420, 260);
}

void CategoryChart::show_series(const ChartSeries& series, const QString& title, const QString& legend) {
  series_ = series;
  QChart* c = chart();
  c->removeAllSeries();
  for (QAbstractAxis* axis : c->axes()) {
    c->removeAxis(axis);
    delete axis;
  }
  c->setTitle(title);

  // Qt draws the first bar of a horizontal series at the bottom: add them
  // last first so the series reads from the top.
  set_ = new QBarSet(legend);
  set_->setColor(color_);
  set_->setBorderColor(color_.darker(120));
  QStringList categories;
  for (std::size_t i = series_.values.size(); i-- > 0;) {
    set_->append(chart_value(series_.values[i]));
    categories.append(to_qstring(series_.x_labels[i]));
  }
  auto* bars = new QHorizontalBarSeries();
  bars->append(set_);
  bars->setBarWidth(0.7);
  c->addSeries(bars);

  auto* category_axis = new QBarCategoryAxis();
  category_axis->append(categories);
  c->addAxis(category_axis, Qt::AlignLeft);
  bars->attachAxis(category_axis);

  auto* value_axis = new QValueAxis();
  Money low;
  Money high;
  for (Money m : series_.values) {
    low = std::min(low, m);
    high = std::max(high, m);
  }
  // An empty year (every amount zero) still gets readable whole-euro ticks.
  value_axis->setRange(chart_value(low), high > low ? chart_value(high) : chart_value(low) + 1000);
  value_axis->setTickCount(5);
  value_axis->applyNiceNumbers();
  value_axis->setLabelFormat(QStringLiteral("%.0f"));
  value_axis->setTitleText(to_qstring(labels_("gui.axis.amount")));
  c->addAxis(value_axis, Qt::AlignBottom);
  bars->attachAxis(value_axis);

  connect(set_, &QBarSet::hovered, this, &CategoryChart::hovered);
}

int CategoryChart::series_index(int bar) const {
  return static_cast<int>(series_.values.size()) - 1 - bar;
}

void CategoryChart::hovered(bool status, int bar) {
  if (!status) {
    QToolTip::hideText();
    return;
  }
  QToolTip::showText(QCursor::pos(), tooltip(series_index(bar)), this);
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

QString CategoryChart::tooltip(int index) const {
  if (index < 0 || static_cast<std::size_t>(index) >= series_.values.size()) return {};
  const auto i = static_cast<std::size_t>(index);
  return to_qstring(labels_("gui.chart.tooltip", {{"category", series_.x_labels[i]},
                                                  {"amount", euros(series_.values[i], labels_).toStdString()}}));
}

QString CategoryChart::title() const {
  return chart()->title();
}

QString CategoryChart::legend_text() const {
  return set_ == nullptr ? QString() : set_->label();
}

}  // namespace comptoir::gui
