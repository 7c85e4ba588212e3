// The drivers panel's Financements section: per [[funding]] line its
// amount per year (a box in euros and a slider of its change), its
// renewal's probability when it has an end, and a button that removes it;
// under them, a button that adds a line (FundingLineDialog). A line added
// or removed is one undoable step over the whole scenario (ScenarioEdit):
// forecast reads the edited scenario back as a file, so the drivers after
// it are renumbered and the panel is built again.
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "display.hpp"
#include "driver_boxes.hpp"
#include "driver_commands.hpp"
#include "funding_line_dialog.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"

namespace comptoir::gui {

namespace {

// The index (from 0) of funding line N in "funding[N].amount", if `key` names one.
std::optional<std::size_t> funding_amount_of(const std::string& key) {
  const std::string head = "funding[";
  const std::string tail = "].amount";
  if (!key.starts_with(head) || !key.ends_with(tail) || key.size() <= head.size() + tail.size()) return std::nullopt;
  const std::string digits = key.substr(head.size(), key.size() - head.size() - tail.size());
  if (digits.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const std::size_t n = std::stoul(digits);
  if (n == 0) return std::nullopt;
  return n - 1;
}

}  // namespace

void FundingView::build_funding_section(QWidget* content) {
  const auto& inputs = session_->inputs();
  const auto& scenario = inputs.scenario;
  const Labels& t = labels_;
  QWidget* funding = add_section(content, "gui.funding.section.funding");
  auto* rows = static_cast<QVBoxLayout*>(funding->layout());
  for (std::size_t i = 0; i < scenario.funding.size(); ++i) {
    const auto& f = scenario.funding[i];
    add_amount_row(funding, scenario.drivers[f.amount], 1000);
    if (f.renewal) {
      const auto& r = scenario.drivers[*f.renewal];
      add_driver_row(funding, r.key, driver_name(r),
                     decimal_box(funding, locale_of(t), {0, true}, 0, 100, 5, percent_suffix()));
    }
    // A variant cannot remove its base's lines (they come first).
    const bool locked = inputs.base && i < inputs.base->funding.size();
    auto* remove = new QToolButton(funding);
    remove->setText(to_qstring(t("gui.funding.line.remove")));
    remove->setEnabled(!locked);
    remove->setToolTip(
        to_qstring(locked ? std::string(t("gui.funding.line.locked"))
                          : t("gui.funding.line.remove.tooltip", {{"funder", f.funder}, {"entity", f.entity}})));
    connect(remove, &QToolButton::clicked, this, [this, i] { remove_funding_line(i); });
    rows->addWidget(remove, 0, Qt::AlignRight);
    remove_lines_.push_back(remove);
  }
  add_line_ = new QPushButton(to_qstring(t("gui.funding.line.add")), funding);
  connect(add_line_, &QPushButton::clicked, this, &FundingView::open_funding_line_dialog);
  rows->addSpacing(4);
  rows->addWidget(add_line_);
}

QToolButton* FundingView::remove_line_button(std::size_t index) const {
  return index < remove_lines_.size() ? remove_lines_[index] : nullptr;
}

// The sliders are relative to the amount in the file (as opened, then as
// last saved), not to the amount before the last edit: a director reads
// "-30 %" as "30 % less than the plan we wrote", the slider shows how far
// the what-if has moved from it whatever the steps, and bringing it back
// to 0 restores the plan. Kept per funding line by funder and entity, so a
// line's reference follows it when a line before it is removed.
std::string FundingView::reference_key(const std::string& key) const {
  const auto& funding = session_->inputs().scenario.funding;
  if (const auto i = funding_amount_of(key); i && *i < funding.size()) {
    return "funding:" + funding[*i].entity + "\x1f" + funding[*i].funder;
  }
  return key;
}

Rational FundingView::slider_reference(const std::string& key) const {
  const auto it = references_.find(reference_key(key));
  return it == references_.end() ? session_->driver_value(key) : it->second;
}

void FundingView::open_funding_line_dialog() {
  auto* dialog = new FundingLineDialog(session_->inputs().scenario, labels_, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog] { add_funding_line(dialog->line()); });
  dialog->open();
}

QString FundingView::add_funding_line(const forecast::NewFundingLine& line) {
  forecast::FundingScenario after = session_->inputs().scenario;
  try {
    forecast::add_funding_line(after, line);
  } catch (const Error& e) {
    QString message = to_qstring(e.what());
    refuse_edit(message);
    return message;
  }
  return edit_scenario(
      after, to_qstring(labels_("gui.funding.line.added", {{"funder", line.funder}, {"entity", line.entity}})));
}

QString FundingView::remove_funding_line(std::size_t index) {
  const auto& inputs = session_->inputs();
  forecast::FundingScenario after = inputs.scenario;
  try {
    forecast::remove_funding_line(after, index, inputs.base.get());
  } catch (const Error& e) {
    QString message = to_qstring(e.what());
    refuse_edit(message);
    return message;
  }
  const auto& f = inputs.scenario.funding[index];
  return edit_scenario(after,
                       to_qstring(labels_("gui.funding.line.removed", {{"funder", f.funder}, {"entity", f.entity}})));
}

QString FundingView::edit_scenario(const forecast::FundingScenario& after, const QString& text) {
  undo_->push(new ScenarioEdit(*this, session_->inputs().scenario, after, text));
  return {};
}

void FundingView::apply_scenario(const forecast::FundingScenario& scenario) {
  session_->set_scenario(scenario);
  build_sections();
  show_events();
}

}  // namespace comptoir::gui
