// The events of the funding view (see funding_view.hpp): their timeline
// under the charts, the buttons that add, edit and remove one, and the
// dialog of an event (EventDialog); a variant's base's events are drawn
// locked (a variant only adds).
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "display.hpp"
#include "event_dialog.hpp"
#include "event_timeline.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"

namespace comptoir::gui {

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
    const forecast::FundingEvent e = dialog->funding_event();
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

}  // namespace comptoir::gui
