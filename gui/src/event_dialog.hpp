// The dialog that adds or edits one event of a funding scenario: its kind
// (prestations slowed down and postponed, a funder leaving, staff
// changing), label, dates and the fields of its kind, as the scenario file
// holds them. OK is offered only for an event forecast's check_event
// accepts; the refusal is shown under the fields.
#pragma once

#include <QDialog>

#include "forecast/funding_scenario.hpp"
#include "labels/labels.hpp"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
QT_END_NAMESPACE

namespace comptoir::gui {

class EventDialog final : public QDialog {
  Q_OBJECT

 public:
  // Edits `event` of `scenario` (a new one: a default event of the kind
  // picked, from the first projected year).
  EventDialog(const forecast::FundingScenario& scenario, const forecast::FundingEvent& event, const Labels& labels,
              QWidget* parent = nullptr);

  // The event as the fields say.
  [[nodiscard]] forecast::FundingEvent funding_event() const;
  // Why the event is refused ("" when OK is offered).
  [[nodiscard]] QString refusal() const;

  QComboBox* kind() const { return kind_; }
  QLineEdit* label() const { return label_; }
  QDateEdit* from() const { return from_; }
  QCheckBox* has_to() const { return has_to_; }
  QDateEdit* to() const { return to_; }
  QDoubleSpinBox* factor() const { return factor_; }
  QDoubleSpinBox* postponed() const { return postponed_; }
  QSpinBox* postpone_months() const { return months_; }
  QComboBox* funder() const { return funder_; }
  QComboBox* entity() const { return entity_; }
  QDoubleSpinBox* fte() const { return fte_; }

 private:
  void check();

  forecast::FundingScenario scenario_;  // a copy: what the event is checked against
  Labels labels_;
  QComboBox* kind_;
  QLineEdit* label_;
  QDateEdit* from_;
  QCheckBox* has_to_;
  QDateEdit* to_;
  QDoubleSpinBox* factor_;
  QDoubleSpinBox* postponed_;
  QSpinBox* months_;
  QComboBox* funder_;
  QComboBox* entity_;
  QDoubleSpinBox* fte_;
  QStackedWidget* fields_;
  QLabel* error_;
  QDialogButtonBox* buttons_;
};

}  // namespace comptoir::gui
