// The drivers panel of the funding view (see funding_view.hpp): its frame
// (the variant's banner, the sections in a scroll area, undo and redo), a
// driver's row (label, box, distribution button), an amount's slider of
// change, and the variant's marks. The sections are built in
// funding_driver_sections.cpp and funding_lines_section.cpp, the edits in
// funding_edits.cpp.
#include <QAction>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <filesystem>
#include <set>

#include "core/error.hpp"
#include "display.hpp"
#include "driver_boxes.hpp"
#include "driver_commands.hpp"
#include "forecast/scenario_edits.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"

namespace comptoir::gui {

void FundingView::add_driver_row(QWidget* section, const std::string& key, const QString& text, QAbstractSpinBox* box) {
  // A label over its field, at the section's full width (a wrapped label
  // in a form's label column picks a narrow width of its own).
  auto* rows = static_cast<QVBoxLayout*>(section->layout());
  auto* label = new QLabel(text, section);
  label->setWordWrap(true);
  label->setProperty("driver_text", text);
  driver_labels_[key] = label;
  drivers_[key] = box;
  box->setToolTip(to_qstring(labels_("gui.funding.driver.tooltip", {{"key", key}})));
  auto* field = new QWidget(section);
  auto* row = new QHBoxLayout(field);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(box, 1);
  const auto& scenario = session_->inputs().scenario;
  if (const auto index = scenario.find_driver(key); index && forecast::may_be_uncertain(scenario, *index)) {
    auto* button = new QToolButton(field);
    button->setAutoRaise(false);
    button->setFixedWidth(30);
    distributions_[key] = button;
    connect(button, &QToolButton::clicked, this, [this, key] { open_distribution_dialog(key); });
    row->addWidget(button);
  }
  if (rows->count() > 0) rows->addSpacing(4);
  rows->addWidget(label);
  rows->addWidget(field);
  update_controls(key);
  // A spin box's value, read back exactly from its decimal text.
  if (auto* number = qobject_cast<QDoubleSpinBox*>(box)) {
    connect(number, &QDoubleSpinBox::valueChanged, this, [this, number, key](double value) {
      edit_driver(key, exact_of_box(value, number->decimals(), number->property("percent").toBool()));
    });
  } else if (auto* count = qobject_cast<QSpinBox*>(box)) {
    connect(count, &QSpinBox::valueChanged, this, [this, key](int value) { edit_driver(key, Rational(value)); });
  }
}

void FundingView::add_amount_row(QWidget* section, const forecast::Driver& d, double step) {
  const bool lognormal = d.distribution.kind == forecast::DistributionKind::LogNormal;
  add_driver_row(
      section, d.key, driver_name(d),
      decimal_box(section, locale_of(labels_), {2, false}, lognormal ? 0.01 : 0, 100'000'000, step, euro_suffix()));
  references_.emplace(reference_key(d.key), d.base);
  auto* change = new QWidget(section);
  auto* row = new QHBoxLayout(change);
  row->setContentsMargins(0, 0, 0, 0);
  auto* slider = new QSlider(Qt::Horizontal, change);
  slider->setRange(lognormal ? -99 : -100, 50);  // a lognormal's mean stays above 0
  slider->setPageStep(10);
  slider->setTickPosition(QSlider::TicksBelow);
  slider->setTickInterval(25);
  auto* shown = new QLabel(change);
  shown->setMinimumWidth(QFontMetrics(shown->font()).horizontalAdvance(QStringLiteral("-100 %")) + 4);
  shown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  row->addWidget(slider, 1);
  row->addWidget(shown);
  sliders_[d.key] = slider;
  slider_labels_[d.key] = shown;
  static_cast<QVBoxLayout*>(section->layout())->addWidget(change);
  update_controls(d.key);
  const std::string key = d.key;
  const forecast::DriverUnit unit = d.unit;
  connect(slider, &QSlider::sliderPressed, this, [this, key] { drag_from_[key] = session_->driver_value(key); });
  connect(slider, &QSlider::valueChanged, this, [this, key, unit, slider](int change_percent) {
    const Rational value = forecast::changed_by_percent(slider_reference(key), change_percent, unit);
    if (!slider->isSliderDown()) {
      edit_driver(key, value);
      return;
    }
    // Dragging: the figures follow, the step is taken at the release.
    try {
      apply_driver(key, value);
    } catch (const Error& e) {
      refuse_edit(to_qstring(e.what()));
    }
  });
  connect(slider, &QSlider::sliderReleased, this, [this, key] {
    const auto from = drag_from_.find(key);
    if (from == drag_from_.end()) return;
    const Rational before = from->second;
    drag_from_.erase(from);
    const Rational after = session_->driver_value(key);
    if (after != before) {
      undo_->push(new DriverEdit(*this, key, before, after, driver_text(key), DriverEdit::Merge::Never));
    }
  });
}

QWidget* FundingView::add_section(QWidget* content, const char* title) {
  auto* box = new QGroupBox(to_qstring(labels_(title)), content);
  auto* rows = new QVBoxLayout(box);
  rows->setContentsMargins(6, 4, 6, 6);
  rows->setSpacing(2);
  static_cast<QVBoxLayout*>(content->layout())->addWidget(box);
  return box;
}

QString FundingView::driver_name(const forecast::Driver& d) const {
  return to_qstring((labels_.french() ? d.label : d.label_en) + unit_suffix(d.unit));
}

void FundingView::build_sections() {
  // Built again when a funding line is added or removed: the controls go
  // with the old content (deleted later: a button of it may be the one
  // whose click got here), the sliders' references stay.
  const int scrolled = drivers_scroll_->verticalScrollBar()->value();
  if (QWidget* old = drivers_scroll_->takeWidget()) old->deleteLater();
  drivers_.clear();
  driver_labels_.clear();
  sliders_.clear();
  slider_labels_.clear();
  distributions_.clear();
  remove_lines_.clear();
  add_line_ = nullptr;
  auto* content = new QWidget(drivers_scroll_);
  auto* sections = new QVBoxLayout(content);
  sections->setContentsMargins(0, 0, 4, 0);
  build_general_sections(content);
  build_tours_section(content);
  build_funding_section(content);
  build_staff_section(content);
  sections->addStretch(1);
  drivers_scroll_->setWidget(content);
  drivers_scroll_->verticalScrollBar()->setValue(scrolled);
  mark_variant_drivers();
}

void FundingView::build_drivers(QWidget* panel) {
  const Labels& t = labels_;
  const auto& scenario = session_->inputs().scenario;
  auto* outer = new QVBoxLayout(panel);
  outer->setContentsMargins(4, 4, 4, 4);
  if (session_->inputs().base) {
    const std::string base = std::filesystem::path(scenario.base_file).filename().string();
    variant_ = new QLabel(
        to_qstring(t("gui.funding.variant", {{"base", base}}) + "\n" + std::string(t("gui.funding.variant.legend"))),
        panel);
    outer->addWidget(variant_);
  }
  drivers_scroll_ = new QScrollArea(panel);
  drivers_scroll_->setWidgetResizable(true);
  drivers_scroll_->setFrameShape(QFrame::NoFrame);
  drivers_scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  outer->addWidget(drivers_scroll_, 1);
  build_sections();

  // Undo and redo of the edits: buttons (what they undo in their tooltip),
  // and Ctrl+Z / Ctrl+Shift+Z in the view.
  auto* buttons = new QHBoxLayout();
  const auto button = [&](const char* label, QKeySequence::StandardKey key, void (QUndoStack::*act)()) {
    auto* b = new QToolButton(panel);
    b->setText(to_qstring(t(label)));
    b->setEnabled(false);
    connect(b, &QToolButton::clicked, undo_, act);
    auto* shortcut = new QAction(this);
    shortcut->setShortcut(key);
    shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QAction::triggered, undo_, act);
    addAction(shortcut);
    buttons->addWidget(b);
    return b;
  };
  QToolButton* undo = button("gui.funding.undo", QKeySequence::Undo, &QUndoStack::undo);
  QToolButton* redo = button("gui.funding.redo", QKeySequence::Redo, &QUndoStack::redo);
  connect(undo_, &QUndoStack::canUndoChanged, undo, &QToolButton::setEnabled);
  connect(undo_, &QUndoStack::canRedoChanged, redo, &QToolButton::setEnabled);
  connect(undo_, &QUndoStack::undoTextChanged, undo, &QToolButton::setToolTip);
  connect(undo_, &QUndoStack::redoTextChanged, redo, &QToolButton::setToolTip);
  buttons->addStretch(1);
  outer->addLayout(buttons);

  auto* note = new QLabel(to_qstring(t("gui.funding.drivers.note")), panel);
  note->setWordWrap(true);
  QFont small = note->font();
  small.setPointSizeF(small.pointSizeF() * 0.9);
  note->setFont(small);
  outer->addWidget(note);
}

void FundingView::mark_variant_drivers() {
  if (variant_ == nullptr) return;
  const Labels& t = labels_;
  const std::set<std::string> own = session_->variant_drivers();
  for (const auto& [key, label] : driver_labels_) {
    const bool mark = own.count(key) > 0;
    QFont font = label->font();
    font.setBold(mark);
    label->setFont(font);
    const QString text = label->property("driver_text").toString();
    label->setText(mark ? QString::fromUtf8("◆ ") + text : text);
    label->setToolTip(mark ? to_qstring(t("gui.funding.variant.driver")) : QString());
  }
  // The banner lists every driver the variant defines, shown in the panel or not.
  QString list = to_qstring(t(own.empty() ? "gui.funding.variant.none" : "gui.funding.variant.drivers"));
  for (const auto& key : own) list += QStringLiteral("\n• ") + driver_text(key);
  variant_->setToolTip(list);
}

QString FundingView::driver_text(const std::string& key) const {
  if (const QLabel* label = driver_label(key)) return label->property("driver_text").toString();
  const auto& scenario = session_->inputs().scenario;
  if (const auto index = scenario.find_driver(key)) {
    const auto& d = scenario.drivers[*index];
    return to_qstring(labels_.french() ? d.label : d.label_en);
  }
  return to_qstring(key);
}

bool FundingView::marked_as_variant(const std::string& key) const {
  const QLabel* label = driver_label(key);
  return label != nullptr && label->font().bold() && !label->toolTip().isEmpty();
}

QLabel* FundingView::driver_label(const std::string& key) const {
  const auto it = driver_labels_.find(key);
  return it == driver_labels_.end() ? nullptr : it->second;
}

}  // namespace comptoir::gui
