// The dialog that adds a [[funding]] line to a funding scenario: the
// funder's name, the association it funds, the resource category (the
// activity report's resource categories of that association, which the
// projection books it under) and the amount per year in euros. OK is
// offered only for a line forecast's add_funding_line accepts (and a
// funder named); the refusal is shown under the fields.
#pragma once

#include <QDialog>

#include "forecast/funding_scenario.hpp"
#include "forecast/scenario_edits.hpp"
#include "labels/labels.hpp"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace comptoir::gui {

class FundingLineDialog final : public QDialog {
  Q_OBJECT

 public:
  FundingLineDialog(const forecast::FundingScenario& scenario, const Labels& labels, QWidget* parent = nullptr);

  // The line as the fields say.
  [[nodiscard]] forecast::NewFundingLine line() const;
  // Why the line is refused ("" when OK is offered).
  [[nodiscard]] QString refusal() const;

  QLineEdit* funder() const { return funder_; }
  QComboBox* entity() const { return entity_; }
  QComboBox* category() const { return category_; }
  QDoubleSpinBox* amount() const { return amount_; }

 private:
  void list_categories();
  void check();

  forecast::FundingScenario scenario_;  // a copy: what the line is checked against
  Labels labels_;
  QLineEdit* funder_;
  QComboBox* entity_;
  QComboBox* category_;
  QDoubleSpinBox* amount_;
  QLabel* error_;
  QDialogButtonBox* buttons_;
};

}  // namespace comptoir::gui
