// The edits of the drivers panel (see funding_view.hpp): each tried on a
// copy of the scenario first, so a refused value is no undo step and only
// shown in the status; the apply_* functions undo and redo call; the
// controls set from the session's values; the distribution editor.
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <algorithm>

#include "core/error.hpp"
#include "core/money.hpp"
#include "display.hpp"
#include "distribution_dialog.hpp"
#include "driver_boxes.hpp"
#include "driver_commands.hpp"
#include "forecast/scenario_edits.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"

namespace comptoir::gui {

using forecast::DistributionKind;

void FundingView::open_distribution_dialog(const std::string& key) {
  const auto& scenario = session_->inputs().scenario;
  const auto index = scenario.find_driver(key);
  if (!index || !forecast::may_be_uncertain(scenario, *index)) return;
  auto* dialog = new DistributionDialog(scenario, *index, labels_, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog, key] {
    if (const auto p = dialog->parameters()) edit_distribution(key, dialog->kind(), *p);
  });
  dialog->open();
}

QString FundingView::edit_driver(const std::string& key, const Rational& value) {
  const Rational before = session_->driver_value(key);
  if (value == before) return {};
  // Tried on a copy first: a value the scenario refuses is no step.
  forecast::FundingScenario probe = session_->inputs().scenario;
  try {
    forecast::set_scenario_value(probe, key, value);
  } catch (const Error& e) {
    QString message = to_qstring(e.what());
    refuse_edit(message);
    update_controls(key);  // back to the value kept
    return message;
  }
  undo_->push(new DriverEdit(*this, key, before, value, driver_text(key)));
  return {};
}

QString FundingView::edit_distribution(const std::string& key, DistributionKind kind,
                                       const std::array<Rational, 3>& parameters) {
  const auto& scenario = session_->inputs().scenario;
  const auto index = scenario.find_driver(key);
  if (!index) return to_qstring("no driver '" + key + "'");
  forecast::FundingScenario probe = scenario;
  try {
    forecast::set_distribution(probe, *index, kind, parameters);
  } catch (const Error& e) {
    QString message = to_qstring(e.what());
    refuse_edit(message);
    return message;
  }
  const auto& d = scenario.drivers[*index];
  undo_->push(new DistributionEdit(*this, key, {d.distribution.kind, d.parameters}, {kind, parameters},
                                   to_qstring(labels_("gui.dist.edit", {{"driver", driver_text(key).toStdString()}}))));
  return {};
}

QString FundingView::edit_events(const std::vector<forecast::FundingEvent>& events, const QString& text) {
  forecast::FundingScenario probe = session_->inputs().scenario;
  try {
    forecast::set_events(probe, events);
  } catch (const Error& e) {
    QString message = to_qstring(e.what());
    refuse_edit(message);
    return message;
  }
  undo_->push(new EventsEdit(*this, session_->inputs().scenario.events, events, text));
  return {};
}

void FundingView::apply_driver(const std::string& key, const Rational& value) {
  if (session_->driver_value(key) != value) session_->set_driver(key, value);
  update_controls(key);
  mark_variant_drivers();
}

void FundingView::apply_distribution(const std::string& key, DistributionKind kind,
                                     const std::array<Rational, 3>& parameters) {
  session_->set_distribution(key, kind, parameters);
  update_controls(key);
  mark_variant_drivers();
}

void FundingView::apply_events(const std::vector<forecast::FundingEvent>& events) {
  session_->set_events(events);
  show_events();
  mark_variant_drivers();
}

void FundingView::update_controls(const std::string& key) {
  const Rational value = session_->driver_value(key);
  if (QAbstractSpinBox* box = driver_box(key)) {
    const QSignalBlocker quiet(box);
    if (auto* number = qobject_cast<QDoubleSpinBox*>(box)) {
      number->setValue(box_of_exact(value, number->decimals(), number->property("percent").toBool()));
    } else if (auto* count = qobject_cast<QSpinBox*>(box)) {
      count->setValue(static_cast<int>(box_of_exact(value, 0, false)));
    }
  }
  if (QSlider* slider = driver_slider(key)) {
    const Rational reference = slider_reference(key);
    const int change = forecast::percent_change(reference, value);
    slider->setToolTip(to_qstring(
        labels_("gui.funding.change.tooltip",
                {{"reference", euros(Money::round(reference, RoundingMode::HalfUp), labels_).toStdString()}})));
    if (!slider->isSliderDown()) {
      const QSignalBlocker quiet(slider);
      slider->setValue(std::clamp(change, slider->minimum(), slider->maximum()));
    }
    slider_labels_.at(key)->setText(QString::asprintf("%+d", change) + QString::fromUtf8("\u00a0%"));
  }
  if (const auto it = distributions_.find(key); it != distributions_.end()) {
    const auto& scenario = session_->inputs().scenario;
    const auto& d = scenario.drivers[*scenario.find_driver(key)];
    it->second->setText(kind_mark(d.distribution.kind));
    it->second->setToolTip(
        to_qstring(labels_("gui.dist.button", {{"shape", distribution_text(d, labels_).toStdString()}})));
  }
}

QAbstractSpinBox* FundingView::driver_box(const std::string& key) const {
  const auto it = drivers_.find(key);
  return it == drivers_.end() ? nullptr : it->second;
}

QSlider* FundingView::driver_slider(const std::string& key) const {
  const auto it = sliders_.find(key);
  return it == sliders_.end() ? nullptr : it->second;
}

QToolButton* FundingView::distribution_button(const std::string& key) const {
  const auto it = distributions_.find(key);
  return it == distributions_.end() ? nullptr : it->second;
}

void FundingView::refuse_edit(const QString& message) {
  status_->setText(to_qstring(labels_("gui.funding.refused")));
  status_->setToolTip(message);
  status_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
}

QString FundingView::status() const {
  return status_->text() + (status_->toolTip().isEmpty() ? QString() : QStringLiteral(": ") + status_->toolTip());
}

}  // namespace comptoir::gui
