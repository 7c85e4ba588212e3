// The drivers panel of the funding view (see funding_view.hpp): the
// controls built from the scenario's drivers, by section, the events'
// timeline, and their undoable edits.
#include <QAction>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <filesystem>
#include <set>

#include "core/error.hpp"
#include "display.hpp"
#include "distribution_dialog.hpp"
#include "document.hpp"
#include "event_dialog.hpp"
#include "event_timeline.hpp"
#include "forecast/scenario_edits.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"

namespace comptoir::gui {

namespace {

using forecast::DistributionKind;
using forecast::DriverUnit;

// One edit of a driver, undoable. Edits of the same driver close in time
// merge into one step; an edit back to where it started disappears.
class DriverEdit final : public QUndoCommand {
 public:
  DriverEdit(FundingView& view, std::string key, Rational before, Rational after, const QString& text)
      : QUndoCommand(text),
        view_(view),
        key_(std::move(key)),
        before_(std::move(before)),
        after_(std::move(after)),
        when_(QDateTime::currentMSecsSinceEpoch()) {}

  [[nodiscard]] int id() const override { return 1; }
  bool mergeWith(const QUndoCommand* other) override {
    const auto* next = static_cast<const DriverEdit*>(other);
    if (next->key_ != key_ || next->when_ - when_ > FundingView::merge_ms) return false;
    after_ = next->after_;
    when_ = next->when_;
    setObsolete(after_ == before_);
    return true;
  }
  void redo() override { view_.apply_driver(key_, after_); }
  void undo() override { view_.apply_driver(key_, before_); }

 private:
  FundingView& view_;
  std::string key_;
  Rational before_;
  Rational after_;
  qint64 when_;
};

// A driver's distribution replaced (kind and parameters), undoable.
class DistributionEdit final : public QUndoCommand {
 public:
  struct Shape {
    DistributionKind kind;
    std::array<Rational, 3> parameters;
  };
  DistributionEdit(FundingView& view, std::string key, Shape before, Shape after, const QString& text)
      : QUndoCommand(text), view_(view), key_(std::move(key)), before_(std::move(before)), after_(std::move(after)) {}
  void redo() override { view_.apply_distribution(key_, after_.kind, after_.parameters); }
  void undo() override { view_.apply_distribution(key_, before_.kind, before_.parameters); }

 private:
  FundingView& view_;
  std::string key_;
  Shape before_;
  Shape after_;
};

// The events replaced (one added, edited or removed), undoable.
class EventsEdit final : public QUndoCommand {
 public:
  EventsEdit(FundingView& view, std::vector<forecast::FundingEvent> before, std::vector<forecast::FundingEvent> after,
             const QString& text)
      : QUndoCommand(text), view_(view), before_(std::move(before)), after_(std::move(after)) {}
  void redo() override { view_.apply_events(after_); }
  void undo() override { view_.apply_events(before_); }

 private:
  FundingView& view_;
  std::vector<forecast::FundingEvent> before_;
  std::vector<forecast::FundingEvent> after_;
};

// How a driver's spin box shows its value: places, and whether in percent.
struct BoxFormat {
  int decimals = 0;
  bool percent = false;
};

QLocale locale_of(const Labels& t) {
  return t.french() ? QLocale(QLocale::French, QLocale::France) : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

// A short mark of a distribution's kind, for its button.
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

}  // namespace

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

void FundingView::build_drivers(QWidget* panel) {
  const Labels& t = labels_;
  const auto& scenario = session_->inputs().scenario;
  const QLocale locale = locale_of(t);
  auto* outer = new QVBoxLayout(panel);
  outer->setContentsMargins(4, 4, 4, 4);
  if (session_->inputs().base) {
    const std::string base = std::filesystem::path(scenario.base_file).filename().string();
    variant_ = new QLabel(
        to_qstring(t("gui.funding.variant", {{"base", base}}) + "\n" + std::string(t("gui.funding.variant.legend"))),
        panel);
    outer->addWidget(variant_);
  }
  auto* scroll = new QScrollArea(panel);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  auto* content = new QWidget(scroll);
  auto* sections = new QVBoxLayout(content);
  sections->setContentsMargins(0, 0, 4, 0);
  scroll->setWidget(content);
  outer->addWidget(scroll, 1);

  const auto section = [&](const char* title) {
    auto* box = new QGroupBox(to_qstring(t(title)), content);
    auto* rows = new QVBoxLayout(box);
    rows->setContentsMargins(6, 4, 6, 6);
    rows->setSpacing(2);
    sections->addWidget(box);
    return box;
  };
  const auto name = [&](const forecast::Driver& d) {
    return to_qstring((t.french() ? d.label : d.label_en) + unit_suffix(d.unit));
  };
  // A decimal spin box: in percent (a rate) or in its unit.
  const auto decimal = [&](QWidget* parent, BoxFormat format, double low, double high, double step,
                           const QString& suffix) {
    auto* box = new QDoubleSpinBox(parent);
    box->setLocale(locale);
    box->setDecimals(format.decimals);
    box->setRange(low, high);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setProperty("percent", format.percent);
    box->setKeyboardTracking(false);
    return box;
  };
  const QString percent = QString::fromUtf8("\u00a0%");
  const QString euro = QString::fromUtf8("\u00a0€");
  const auto count_box = [&](QWidget* parent, int high, const QString& suffix) {
    auto* box = new QSpinBox(parent);
    box->setLocale(locale);
    box->setRange(0, high);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false);
    return box;
  };

  // General: the inflation of other expenses, in percent to the tenth.
  QWidget* general = section("gui.funding.section.general");
  const auto& inflation = scenario.drivers[scenario.inflation];
  add_driver_row(general, inflation.key, to_qstring(t("gui.funding.inflation")),
                 decimal(general, {1, true}, 0, 20, 0.5, percent));

  // Prestations per type and year: whole counts.
  QWidget* prestations = section("gui.funding.section.prestations");
  for (const auto& p : scenario.prestations) {
    const auto& d = scenario.drivers[p.count];
    add_driver_row(prestations, d.key, name(d), count_box(prestations, 500, to_qstring(t("gui.funding.per_year"))));
  }

  // Communes: each class's share of the prestations and its pool's size.
  if (!scenario.commune_classes.empty()) {
    QWidget* communes = section("gui.funding.section.communes");
    for (std::size_t i = 0; i < scenario.commune_classes.size(); ++i) {
      const auto& c = scenario.commune_classes[i];
      std::string flags;
      for (const auto& f : c.flags) flags += (flags.empty() ? "" : ", ") + f;
      const std::string key = "commune_classes[" + std::to_string(i + 1) + "].share";
      add_driver_row(communes, key, to_qstring(t("gui.funding.class.share", {{"flags", flags}})),
                     decimal(communes, {1, true}, 0, 100, 5, percent));
      if (c.communes) {
        const auto& d = scenario.drivers[*c.communes];
        add_driver_row(communes, d.key, name(d), count_box(communes, 5000, {}));
      }
    }
  }

  // Guinguettes: dates per year of each tour.
  if (!scenario.tours.empty()) {
    QWidget* tours = section("gui.funding.section.tours");
    for (const auto& tour : scenario.tours) {
      const auto& d = scenario.drivers[tour.dates];
      add_driver_row(tours, d.key, name(d), count_box(tours, 365, to_qstring(t("gui.funding.per_year"))));
    }
  }

  // Funding lines: the amount per year in euros with a slider of its change
  // from the file's amount, and the renewal's probability.
  if (!scenario.funding.empty()) {
    QWidget* funding = section("gui.funding.section.funding");
    auto* rows = static_cast<QVBoxLayout*>(funding->layout());
    for (const auto& f : scenario.funding) {
      const auto& d = scenario.drivers[f.amount];
      const bool lognormal = d.distribution.kind == DistributionKind::LogNormal;
      add_driver_row(funding, d.key, name(d),
                     decimal(funding, {2, false}, lognormal ? 0.01 : 0, 100'000'000, 1000, euro));
      file_values_[d.key] = d.base;
      auto* change = new QWidget(funding);
      auto* row = new QHBoxLayout(change);
      row->setContentsMargins(0, 0, 0, 0);
      auto* slider = new QSlider(Qt::Horizontal, change);
      slider->setRange(lognormal ? -99 : -100, 50);  // a lognormal's mean stays above 0
      slider->setPageStep(10);
      slider->setTickPosition(QSlider::TicksBelow);
      slider->setTickInterval(25);
      slider->setToolTip(to_qstring(t("gui.funding.change.tooltip")));
      auto* shown = new QLabel(change);
      shown->setMinimumWidth(QFontMetrics(shown->font()).horizontalAdvance(QStringLiteral("-100 %")) + 4);
      shown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
      row->addWidget(slider, 1);
      row->addWidget(shown);
      sliders_[d.key] = slider;
      slider_labels_[d.key] = shown;
      rows->addWidget(change);
      update_controls(d.key);
      const std::string key = d.key;
      const DriverUnit unit = d.unit;
      connect(slider, &QSlider::sliderPressed, this, [this, key] { drag_from_[key] = session_->driver_value(key); });
      connect(slider, &QSlider::valueChanged, this, [this, key, unit, slider](int change_percent) {
        const Rational value = forecast::changed_by_percent(file_values_.at(key), change_percent, unit);
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
        if (after != before) undo_->push(new DriverEdit(*this, key, before, after, driver_text(key)));
      });
      if (f.renewal) {
        const auto& r = scenario.drivers[*f.renewal];
        add_driver_row(funding, r.key, name(r), decimal(funding, {0, true}, 0, 100, 5, percent));
      }
    }
  }

  // Staff: each association's FTEs of the base year.
  if (!scenario.staff.empty()) {
    QWidget* staff = section("gui.funding.section.staff");
    for (std::size_t i = 0; i < scenario.staff.size(); ++i) {
      const std::string key = "staff[" + std::to_string(i + 1) + "].fte";
      add_driver_row(staff, key, to_qstring(t("gui.funding.staff.fte", {{"entity", scenario.staff[i].entity}})),
                     decimal(staff, {1, false}, 0.1, 1000, 0.5, to_qstring(t("gui.event.fte_suffix"))));
    }
  }
  sections->addStretch(1);

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
  mark_variant_drivers();
}

QWidget* FundingView::build_events() {
  const Labels& t = labels_;
  auto* box = new QWidget(this);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  auto* title = new QLabel(to_qstring(t("gui.event.title")), box);
  QFont bold = title->font();
  bold.setBold(true);
  title->setFont(bold);
  timeline_ = new EventTimeline(t, box);
  add_event_ = new QPushButton(to_qstring(t("gui.event.add")), box);
  edit_event_ = new QPushButton(to_qstring(t("gui.event.edit")), box);
  remove_event_ = new QPushButton(to_qstring(t("gui.event.remove")), box);
  auto* buttons = new QHBoxLayout();
  buttons->addWidget(title);
  buttons->addSpacing(12);
  buttons->addWidget(add_event_);
  buttons->addWidget(edit_event_);
  buttons->addWidget(remove_event_);
  buttons->addStretch(1);
  layout->addLayout(buttons);
  layout->addWidget(timeline_);
  connect(add_event_, &QPushButton::clicked, this, [this] { open_event_dialog(-1); });
  connect(edit_event_, &QPushButton::clicked, this, [this] { open_event_dialog(timeline_->selected()); });
  connect(timeline_, &EventTimeline::activated, this, &FundingView::open_event_dialog);
  connect(remove_event_, &QPushButton::clicked, this, [this] {
    const int index = timeline_->selected();
    auto events = session_->inputs().scenario.events;
    if (index < 0 || index >= static_cast<int>(events.size())) return;
    const QString text = timeline_->text(index);
    events.erase(events.begin() + index);
    edit_events(events, to_qstring(labels_("gui.event.removed", {{"event", text.toStdString()}})));
  });
  connect(timeline_, &EventTimeline::selection_changed, this, [this](int index) {
    const auto& inputs = session_->inputs();
    // A variant cannot change or remove its base's events (it only adds).
    const bool own = index >= 0 && (!inputs.base || index >= static_cast<int>(inputs.base->events.size()));
    edit_event_->setEnabled(own);
    remove_event_->setEnabled(own);
  });
  show_events();
  return box;
}

void FundingView::show_events() {
  const auto& inputs = session_->inputs();
  const auto& events = inputs.scenario.events;
  std::vector<bool> locked(events.size(), false);
  if (inputs.base) {
    for (std::size_t i = 0; i < std::min(events.size(), inputs.base->events.size()); ++i) locked[i] = true;
  }
  timeline_->show_events(events, locked, inputs.scenario.base_year, inputs.scenario.years);
}

void FundingView::open_event_dialog(int index) {
  const auto& inputs = session_->inputs();
  const auto& scenario = inputs.scenario;
  const bool adding = index < 0 || index >= static_cast<int>(scenario.events.size());
  if (!adding && inputs.base && index < static_cast<int>(inputs.base->events.size())) return;
  forecast::FundingEvent event;
  if (adding) {
    event.from = Date::from_ymd(scenario.base_year + 1, 1, 1);
    event.to = Date::from_ymd(scenario.base_year + 1, 12, 31);
    if (!scenario.funding.empty()) event.funder = scenario.funding.front().funder;
    if (!scenario.staff.empty()) {
      event.entity = scenario.staff.front().entity;
      event.fte = scenario.staff.front().fte;
    }
  } else {
    event = scenario.events[static_cast<std::size_t>(index)];
  }
  auto* dialog = new EventDialog(scenario, event, labels_, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog, index, adding] {
    auto events = session_->inputs().scenario.events;
    const forecast::FundingEvent e = dialog->event();
    if (adding) {
      events.push_back(e);
    } else if (index < static_cast<int>(events.size())) {
      events[static_cast<std::size_t>(index)] = e;
    }
    const char* kind = e.kind == forecast::FundingEventKind::Prestations    ? "gui.event.kind.prestations"
                       : e.kind == forecast::FundingEventKind::FunderLeaves ? "gui.event.kind.funder_leaves"
                                                                            : "gui.event.kind.staff";
    const std::string what = e.label.empty() ? std::string(labels_(kind)) : e.label;
    edit_events(events, to_qstring(labels_(adding ? "gui.event.added" : "gui.event.edited", {{"event", what}})));
  });
  dialog->open();
}

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

QString FundingView::edit_driver(const std::string& key, const Rational& value) {
  const Rational before = session_->driver_value(key);
  if (value == before) return {};
  // Tried on a copy first: a value the scenario refuses is no step.
  forecast::FundingScenario probe = session_->inputs().scenario;
  try {
    forecast::set_scenario_value(probe, key, value);
  } catch (const Error& e) {
    const QString message = to_qstring(e.what());
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
    const QString message = to_qstring(e.what());
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
    const QString message = to_qstring(e.what());
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
    const int change = forecast::percent_change(file_values_.at(key), value);
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
