// How the desktop app writes what reports/ gives it: amounts with their
// unit in the labels' language ("1 234,56 €"), typed cells as text, and the
// one place an amount becomes a double (for Qt Charts, when drawing).
#pragma once

#include <QString>
#include <string_view>

#include "core/money.hpp"
#include "core/rational.hpp"
#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir::gui {

[[nodiscard]] inline QString to_qstring(std::string_view text) {
  return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// "1 234,56 €" in French (narrow no-break spaces between thousands), "1234.56 €" in English.
[[nodiscard]] QString euros(Money amount, const Labels& labels);

// A typed cell as the text tables write it for people, amounts in euros.
[[nodiscard]] QString cell_text(const Cell& cell, const Labels& labels);

// Qt Charts draws doubles: the amount in euros as a double, for a bar's
// length only. Never computed with; tooltips and tables show the Money.
[[nodiscard]] double chart_value(Money amount);

// The spin box edge: what a spin box shows (`decimals` places, in percent
// when `percent`) read back exactly from its decimal text, and the exact
// value as a spin box shows it (rounded half-up to its places).
[[nodiscard]] Rational exact_of_box(double shown, int decimals, bool percent);
[[nodiscard]] double box_of_exact(const Rational& value, int decimals, bool percent);

}  // namespace comptoir::gui
