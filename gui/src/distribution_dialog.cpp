// See distribution_dialog.hpp.
#include "distribution_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "display.hpp"
#include "forecast/scenario_edits.hpp"

namespace comptoir::gui {

namespace {

using forecast::DistributionKind;

// The labels of a kind's parameters (ids), in Driver::parameters' order.
std::vector<const char*> parameter_names(DistributionKind kind) {
  switch (kind) {
    case DistributionKind::Fixed:
    case DistributionKind::Bernoulli:
      return {"gui.dist.value"};
    case DistributionKind::Normal:
    case DistributionKind::LogNormal:
      return {"gui.dist.mean", "gui.dist.sd"};
    case DistributionKind::Triangular:
      return {"gui.dist.min", "gui.dist.mode", "gui.dist.max"};
    case DistributionKind::Uniform:
      return {"gui.dist.min", "gui.dist.max"};
  }
  return {};
}

const char* kind_name(DistributionKind kind) {
  switch (kind) {
    case DistributionKind::Fixed:
    case DistributionKind::Bernoulli:
      return "gui.dist.fixed";
    case DistributionKind::Normal:
      return "gui.dist.normal";
    case DistributionKind::LogNormal:
      return "gui.dist.lognormal";
    case DistributionKind::Triangular:
      return "gui.dist.triangular";
    case DistributionKind::Uniform:
      return "gui.dist.uniform";
  }
  return "";
}

// A parameter as the field shows it: percent for a rate.
QString shown(const Rational& value, bool percent, const Labels& labels) {
  QString text = QString::fromStdString(to_decimal_string(percent ? Rational(value * 100) : value, 4));
  // "15.0000" reads 15: the places the value needs, no more.
  if (text.contains(QLatin1Char('.'))) {
    while (text.endsWith(QLatin1Char('0'))) text.chop(1);
    if (text.endsWith(QLatin1Char('.'))) text.chop(1);
  }
  if (labels.french()) text.replace(QLatin1Char('.'), QLatin1Char(','));
  return text;
}

}  // namespace

QString distribution_text(const forecast::Driver& driver, const Labels& labels) {
  const bool percent = driver.unit == forecast::DriverUnit::Rate;
  const auto names = parameter_names(driver.distribution.kind);
  QString text = to_qstring(labels(kind_name(driver.distribution.kind)));
  if (driver.distribution.is_fixed() || driver.renewal) return text;
  QStringList parts;
  for (std::size_t i = 0; i < names.size(); ++i) {
    parts << to_qstring(labels(names[i])) + QStringLiteral(" ") + shown(driver.parameters[i], percent, labels) +
                 (percent ? QString::fromUtf8("\u00a0%") : QString());
  }
  return text + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QStringLiteral(")");
}

DistributionDialog::DistributionDialog(const forecast::FundingScenario& scenario, std::size_t index,
                                       const Labels& labels, QWidget* parent)
    : QDialog(parent),
      scenario_(scenario),
      index_(index),
      labels_(labels),
      percent_(scenario.drivers[index].unit == forecast::DriverUnit::Rate),
      kind_(new QComboBox(this)),
      error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
  const Labels& t = labels_;
  const forecast::Driver& d = scenario_.drivers[index];
  setWindowTitle(to_qstring(t("gui.dist.dialog", {{"driver", t.french() ? d.label : d.label_en}})));
  for (const auto kind : {DistributionKind::Fixed, DistributionKind::Normal, DistributionKind::LogNormal,
                          DistributionKind::Triangular, DistributionKind::Uniform}) {
    kind_->addItem(to_qstring(t(kind_name(kind))), static_cast<int>(kind));
  }
  kind_->setCurrentIndex(kind_->findData(static_cast<int>(d.distribution.kind)));
  auto* form = new QFormLayout();
  form->addRow(to_qstring(t("gui.dist.kind")), kind_);
  const QString unit = percent_                                 ? QString::fromUtf8("\u00a0%")
                       : d.unit == forecast::DriverUnit::Amount ? QString::fromUtf8("\u00a0€")
                                                                : QString();
  for (std::size_t i = 0; i < 3; ++i) {
    fields_[i] = new QLineEdit(this);
    fields_[i]->setText(shown(d.parameters[i], percent_, t));
    names_[i] = new QLabel(this);
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(fields_[i], 1);
    h->addWidget(new QLabel(unit, row));
    form->addRow(names_[i], row);
    connect(fields_[i], &QLineEdit::textChanged, this, &DistributionDialog::check);
  }
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
  auto* note = new QLabel(to_qstring(t("gui.dist.note")), this);
  note->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(note);
  layout->addLayout(form);
  layout->addWidget(error_);
  layout->addWidget(buttons_);
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(kind_, &QComboBox::currentIndexChanged, this, &DistributionDialog::kind_changed);
  kind_changed();
}

DistributionKind DistributionDialog::kind() const {
  return static_cast<DistributionKind>(kind_->currentData().toInt());
}

void DistributionDialog::kind_changed() {
  const auto names = parameter_names(kind());
  for (std::size_t i = 0; i < 3; ++i) {
    const bool used = i < names.size();
    names_[i]->setVisible(used);
    fields_[i]->parentWidget()->setVisible(used);
    if (used) names_[i]->setText(to_qstring(labels_(names[i])));
  }
  check();
}

std::optional<std::array<Rational, 3>> DistributionDialog::parameters() const {
  std::array<Rational, 3> out{};
  const auto used = parameter_names(kind()).size();
  for (std::size_t i = 0; i < used; ++i) {
    QString text = fields_[i]->text().trimmed();
    text.remove(QLatin1Char('%'));
    if (text.isEmpty()) return std::nullopt;
    try {
      out[i] = parse_rational(text.toStdString() + (percent_ ? "%" : ""));
    } catch (const Error&) {
      return std::nullopt;
    }
  }
  return out;
}

QString DistributionDialog::refusal() const {
  return error_->text();
}

void DistributionDialog::check() {
  QString why;
  const auto p = parameters();
  if (!p) {
    why = to_qstring(labels_("gui.dist.not_a_number"));
  } else {
    forecast::FundingScenario probe = scenario_;
    try {
      forecast::set_distribution(probe, index_, kind(), *p);
    } catch (const Error& e) {
      why = to_qstring(e.what());
    }
  }
  error_->setText(why);
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

}  // namespace comptoir::gui
