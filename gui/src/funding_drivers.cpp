// The drivers panel of the funding view (see funding_view.hpp): the
// controls of the scenario's drivers and their undoable edits.
#include <QAction>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

#include "core/error.hpp"
#include "display.hpp"
#include "document.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"

namespace comptoir::gui {

namespace {

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

}  // namespace

void FundingView::build_drivers(QWidget* panel) {
  const Labels& t = labels_;
  const auto& scenario = session_->inputs().scenario;
  auto* form = new QFormLayout(panel);
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  form->setRowWrapPolicy(QFormLayout::WrapAllRows);
  const QLocale locale =
      t.french() ? QLocale(QLocale::French, QLocale::France) : QLocale(QLocale::English, QLocale::UnitedKingdom);
  // A driver's row label, kept to mark what a variant defines.
  const auto row_label = [&](const std::string& key, const QString& text) {
    auto* label = new QLabel(text, panel);
    label->setProperty("driver_text", text);
    driver_labels_[key] = label;
    return label;
  };
  if (session_->inputs().base) {
    const std::string base = std::filesystem::path(scenario.base_file).filename().string();
    variant_ = new QLabel(
        to_qstring(t("gui.funding.variant", {{"base", base}}) + "\n" + std::string(t("gui.funding.variant.legend"))),
        panel);
    form->addRow(variant_);
  }

  // Inflation: a rate, shown and typed in percent to the tenth.
  const auto& inflation = scenario.drivers[scenario.inflation];
  auto* rate = new QDoubleSpinBox(panel);
  rate->setLocale(locale);
  rate->setDecimals(1);
  rate->setRange(0, 20);
  rate->setSingleStep(0.5);
  rate->setSuffix(QString::fromUtf8("\u00a0%"));
  // The spin box edge: its value is decimal text, read back exactly.
  rate->setValue(QString::fromStdString(to_decimal_string(inflation.base * 100, 1)).toDouble());
  rate->setToolTip(to_qstring(t("gui.funding.driver.tooltip", {{"key", inflation.key}})));
  form->addRow(row_label(inflation.key, to_qstring(t("gui.funding.inflation"))), rate);
  drivers_[inflation.key] = rate;
  connect(rate, &QDoubleSpinBox::valueChanged, this, [this, rate, key = inflation.key](double value) {
    (void)value;
    edit_driver(key, parse_rational(QString::number(rate->value(), 'f', 1).toStdString() + "%"));
  });

  // Prestations per type and year: whole counts.
  for (const auto& prestation : scenario.prestations) {
    const auto& d = scenario.drivers[prestation.count];
    auto* count = new QSpinBox(panel);
    count->setLocale(locale);
    count->setRange(0, 500);
    count->setSuffix(to_qstring(t("gui.funding.per_year")));
    count->setValue(static_cast<int>(static_cast<long long>(d.base)));
    count->setToolTip(to_qstring(t("gui.funding.driver.tooltip", {{"key", d.key}})));
    form->addRow(row_label(d.key, to_qstring(t.french() ? d.label : d.label_en)), count);
    drivers_[d.key] = count;
    connect(count, &QSpinBox::valueChanged, this,
            [this, key = d.key](int value) { edit_driver(key, Rational(value)); });
  }
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
  form->addRow(buttons);

  auto* note = new QLabel(to_qstring(t("gui.funding.drivers.note")), panel);
  note->setWordWrap(true);
  QFont small = note->font();
  small.setPointSizeF(small.pointSizeF() * 0.9);
  note->setFont(small);
  form->addRow(note);
  mark_variant_drivers();
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
  const auto& scenario = session_->inputs().scenario;
  for (const auto& key : own) {
    const auto& d = scenario.drivers[*scenario.find_driver(key)];
    list += QStringLiteral("\n• ") + to_qstring(t.french() ? d.label : d.label_en);
  }
  variant_->setToolTip(list);
}

bool FundingView::marked_as_variant(const std::string& key) const {
  const QLabel* label = driver_label(key);
  return label != nullptr && label->font().bold() && !label->toolTip().isEmpty();
}

QLabel* FundingView::driver_label(const std::string& key) const {
  const auto it = driver_labels_.find(key);
  return it == driver_labels_.end() ? nullptr : it->second;
}

void FundingView::edit_driver(const std::string& key, const Rational& value) {
  const auto& scenario = session_->inputs().scenario;
  const auto index = scenario.find_driver(key);
  if (!index) return;
  const auto& d = scenario.drivers[*index];
  const std::string label = labels_.french() ? d.label : d.label_en;
  undo_->push(new DriverEdit(*this, key, d.base, value, to_qstring(label)));
}

void FundingView::apply_driver(const std::string& key, const Rational& value) {
  session_->set_driver(key, value);
  QAbstractSpinBox* box = driver_box(key);
  const QSignalBlocker quiet(box);
  if (auto* rate = qobject_cast<QDoubleSpinBox*>(box)) {
    // The spin box edge: the exact rate as decimal text, in percent.
    rate->setValue(QString::fromStdString(to_decimal_string(value * 100, 1)).toDouble());
  } else if (auto* count = qobject_cast<QSpinBox*>(box)) {
    count->setValue(static_cast<int>(static_cast<long long>(value)));
  }
  mark_variant_drivers();
}

QAbstractSpinBox* FundingView::driver_box(const std::string& key) const {
  const auto it = drivers_.find(key);
  return it == drivers_.end() ? nullptr : it->second;
}

}  // namespace comptoir::gui
