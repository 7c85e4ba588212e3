// The dialog that edits a driver's distribution: fixed, normal, lognormal,
// triangular or uniform, and its parameters in the driver's unit (a rate
// in percent, an amount in euros, a count), as the scenario file's inline
// tables hold them. OK is offered only for parameters forecast's
// set_distribution accepts (sd >= 0, min <= mode <= max, min < max, a
// lognormal's mean above 0…); the refusal is shown under the fields.
#pragma once

#include <QDialog>
#include <array>

#include "core/rational.hpp"
#include "forecast/funding_scenario.hpp"
#include "labels/labels.hpp"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace comptoir::gui {

class DistributionDialog final : public QDialog {
  Q_OBJECT

 public:
  // Edits driver `index` of `scenario`.
  DistributionDialog(const forecast::FundingScenario& scenario, std::size_t index, const Labels& labels,
                     QWidget* parent = nullptr);

  [[nodiscard]] forecast::DistributionKind kind() const;
  // The exact parameters the fields say (in Driver::parameters' order);
  // none when a field is not a number.
  [[nodiscard]] std::optional<std::array<Rational, 3>> parameters() const;
  [[nodiscard]] QString refusal() const;

  QComboBox* kind_picker() const { return kind_; }
  // The field of parameter `i` (0..2) as the kind picked names it.
  QLineEdit* field(int i) const { return fields_[static_cast<std::size_t>(i)]; }
  QLabel* field_label(int i) const { return names_[static_cast<std::size_t>(i)]; }

 private:
  void kind_changed();
  void check();

  forecast::FundingScenario scenario_;  // a copy: what the parameters are checked against
  std::size_t index_;
  Labels labels_;
  bool percent_;
  QComboBox* kind_;
  std::array<QLineEdit*, 3> fields_{};
  std::array<QLabel*, 3> names_{};
  QLabel* error_;
  QDialogButtonBox* buttons_;
};

// The words of a distribution, for the panel's button: "fixe", "normale
// (moyenne 38, écart type 6)"…, parameters in the driver's unit.
[[nodiscard]] QString distribution_text(const forecast::Driver& driver, const Labels& labels);

}  // namespace comptoir::gui
