// See display.hpp.
#include "display.hpp"

#include <variant>

namespace comptoir::gui {

QString euros(Money amount, const Labels& labels) {
  return to_qstring(labels("gui.amount.euros", {{"amount", labels.amount(amount)}}));
}

namespace {

struct CellText {
  const Labels& labels;
  QString operator()(std::monostate) const { return {}; }
  QString operator()(const std::string& s) const { return to_qstring(s); }
  QString operator()(Money m) const { return euros(m, labels); }
  QString operator()(std::int64_t n) const { return QString::number(n); }
  QString operator()(const Date& d) const { return to_qstring(labels.date(d)); }
  QString operator()(bool b) const { return to_qstring(labels(b ? "common.yes" : "common.no")); }
  QString operator()(const Code& c) const { return to_qstring(c.label); }
  QString operator()(const Percent& p) const {
    return to_qstring(labels.decimal(p.decimal)) + QString::fromUtf8("\u00a0%");
  }
  QString operator()(const Decimal& d) const { return to_qstring(labels.decimal(d.decimal)); }
  QString operator()(const Estimate& e) const { return QStringLiteral("~") + euros(e.amount, labels); }
};

}  // namespace

QString cell_text(const Cell& cell, const Labels& labels) {
  return std::visit(CellText{labels}, cell);
}

double chart_value(Money amount) {
  // The edge where an amount leaves the integers: a bar's length in euros.
  return static_cast<double>(amount.cents()) / 100.0;
}

Rational exact_of_box(double shown, int decimals, bool percent) {
  return parse_rational(QString::number(shown, 'f', decimals).toStdString() + (percent ? "%" : ""));
}

double box_of_exact(const Rational& value, int decimals, bool percent) {
  return QString::fromStdString(to_decimal_string(percent ? Rational(value * 100) : value, decimals)).toDouble();
}

}  // namespace comptoir::gui
