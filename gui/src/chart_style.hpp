// What the app's charts share: the look of a chart view (French or English
// numbers, legend below, bold title), clearing a chart before it is drawn
// again, a value axis in euros, and N-1's lighter colour.
#pragma once

#include <QColor>
#include <QString>

#include "core/money.hpp"
#include "labels/labels.hpp"

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QValueAxis;
QT_END_NAMESPACE

namespace comptoir::gui {

// Antialiased, no animation, axis numbers as `labels`' language writes
// them ("800 000" in French), the legend below; the title bold and
// `title_scale` times its size.
void style_chart(QChartView& view, const Labels& labels, double title_scale = 1.0);

// Removes every series and axis of `chart`.
void clear_chart(QChart* chart);

// A value axis from min(low, 0) to `high` in euros (whole-euro ticks,
// `ticks` of them at nice numbers) titled `title`; an empty range still
// gets readable ticks.
[[nodiscard]] QValueAxis* amount_axis(Money low, Money high, const QString& title, int ticks);

// The previous year's colour: `color` two thirds of the way to white.
[[nodiscard]] QColor previous_year_shade(QColor color);

}  // namespace comptoir::gui
