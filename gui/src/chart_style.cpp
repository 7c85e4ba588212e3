// See chart_style.hpp.
#include "chart_style.hpp"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

#include "display.hpp"

namespace comptoir::gui {

void style_chart(QChartView& view, const Labels& labels, double title_scale) {
  view.setRenderHint(QPainter::Antialiasing);
  QChart* c = view.chart();
  c->setAnimationOptions(QChart::NoAnimation);
  c->setLocalizeNumbers(true);
  c->setLocale(labels.french() ? QLocale(QLocale::French, QLocale::France)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom));
  c->legend()->setVisible(true);
  c->legend()->setAlignment(Qt::AlignBottom);
  c->setMargins(QMargins(4, 4, 4, 4));
  QFont title_font = c->titleFont();
  title_font.setBold(true);
  title_font.setPointSizeF(title_font.pointSizeF() * title_scale);
  c->setTitleFont(title_font);
}

void clear_chart(QChart* chart) {
  chart->removeAllSeries();
  for (QAbstractAxis* axis : chart->axes()) {
    chart->removeAxis(axis);
    delete axis;
  }
}

QValueAxis* amount_axis(Money low, Money high, const QString& title, int ticks) {
  auto* axis = new QValueAxis();
  low = std::min(low, Money());
  axis->setRange(chart_value(low), high > low ? chart_value(high) : chart_value(low) + 1000);
  axis->setTickCount(ticks);
  axis->applyNiceNumbers();
  axis->setLabelFormat(QStringLiteral("%.0f"));
  axis->setTitleText(title);
  return axis;
}

QColor previous_year_shade(QColor color) {
  return {(color.red() + 2 * 255) / 3, (color.green() + 2 * 255) / 3, (color.blue() + 2 * 255) / 3};
}

}  // namespace comptoir::gui
