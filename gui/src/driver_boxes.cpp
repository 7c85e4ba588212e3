// See driver_boxes.hpp.
#include "driver_boxes.hpp"

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace comptoir::gui {

using forecast::DistributionKind;
using forecast::DriverUnit;

QLocale locale_of(const Labels& t) {
  return t.french() ? QLocale(QLocale::French, QLocale::France) : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString kind_mark(DistributionKind kind) {
  switch (kind) {
    case DistributionKind::Fixed:
    case DistributionKind::Bernoulli:
      return QStringLiteral("=");
    case DistributionKind::Normal:
      return QStringLiteral("N");
    case DistributionKind::LogNormal:
      return QStringLiteral("LN");
    case DistributionKind::Triangular:
      return QString::fromUtf8("\u25b3");
    case DistributionKind::Uniform:
      return QStringLiteral("U");
  }
  return {};
}

const char* unit_suffix(DriverUnit unit) {
  switch (unit) {
    case DriverUnit::Amount:
      return " (€)";
    case DriverUnit::Rate:
      return " (%)";
    case DriverUnit::Count:
      break;
  }
  return "";
}

QDoubleSpinBox* decimal_box(QWidget* parent, const QLocale& locale, BoxFormat format, double low, double high,
                            double step, const QString& suffix) {
  auto* box = new QDoubleSpinBox(parent);
  box->setLocale(locale);
  box->setDecimals(format.decimals);
  box->setRange(low, high);
  box->setSingleStep(step);
  box->setSuffix(suffix);
  box->setProperty("percent", format.percent);
  box->setKeyboardTracking(false);
  return box;
}

QSpinBox* count_box(QWidget* parent, const QLocale& locale, int high, const QString& suffix) {
  auto* box = new QSpinBox(parent);
  box->setLocale(locale);
  box->setRange(0, high);
  box->setSuffix(suffix);
  box->setKeyboardTracking(false);
  return box;
}

QString percent_suffix() {
  return QString::fromUtf8("\u00a0%");
}

QString euro_suffix() {
  return QString::fromUtf8("\u00a0€");
}

}  // namespace comptoir::gui
