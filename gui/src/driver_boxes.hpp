// The controls of the drivers panel (FundingView): spin boxes in a
// driver's unit (a rate in percent, an amount in euros, a count), the
// mark of a distribution's kind on its button, the unit a label ends with,
// and the locale the numbers are shown in.
#pragma once

#include <QLocale>
#include <QString>

#include "forecast/funding_scenario.hpp"
#include "labels/labels.hpp"

QT_BEGIN_NAMESPACE
class QDoubleSpinBox;
class QSpinBox;
class QWidget;
QT_END_NAMESPACE

namespace comptoir::gui {

// How a driver's spin box shows its value: places, and whether in percent
// (the box's "percent" property, read back by exact_of_box).
struct BoxFormat {
  int decimals = 0;
  bool percent = false;
};

[[nodiscard]] QLocale locale_of(const Labels& labels);
// A short mark of a distribution's kind, for its button ("=", "N", "LN", "△", "U").
[[nodiscard]] QString kind_mark(forecast::DistributionKind kind);
// " (€)", " (%)" or nothing, after a driver's label.
[[nodiscard]] const char* unit_suffix(forecast::DriverUnit unit);
// A decimal spin box (its value read back exactly from its text), no
// keyboard tracking: a value typed counts once, at Enter or focus out.
[[nodiscard]] QDoubleSpinBox* decimal_box(QWidget* parent, const QLocale& locale, BoxFormat format, double low,
                                          double high, double step, const QString& suffix);
// A whole-number spin box from 0 to `high`.
[[nodiscard]] QSpinBox* count_box(QWidget* parent, const QLocale& locale, int high, const QString& suffix);
// The suffixes of a percentage and of an amount in euros.
[[nodiscard]] QString percent_suffix();
[[nodiscard]] QString euro_suffix();

}  // namespace comptoir::gui
