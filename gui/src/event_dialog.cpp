// See event_dialog.hpp.
#include "event_dialog.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <set>

#include "core/error.hpp"
#include "display.hpp"
#include "forecast/scenario_edits.hpp"

namespace comptoir::gui {

namespace {

QDate to_qdate(const Date& d) {
  return {d.year(), static_cast<int>(d.month()), static_cast<int>(d.day())};
}

Date to_date(const QDate& d) {
  return Date::from_ymd(d.year(), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

QDoubleSpinBox* percent_box(QWidget* parent, double high) {
  auto* box = new QDoubleSpinBox(parent);
  box->setDecimals(1);
  box->setRange(0, high);
  box->setSingleStep(5);
  box->setSuffix(QString::fromUtf8("\u00a0%"));
  return box;
}

}  // namespace

EventDialog::EventDialog(const forecast::FundingScenario& scenario, const forecast::FundingEvent& event,
                         const Labels& labels, QWidget* parent)
    : QDialog(parent),
      scenario_(scenario),
      labels_(labels),
      kind_(new QComboBox(this)),
      label_(new QLineEdit(this)),
      from_(new QDateEdit(this)),
      has_to_(new QCheckBox(this)),
      to_(new QDateEdit(this)),
      factor_(percent_box(this, 500)),
      postponed_(percent_box(this, 100)),
      months_(new QSpinBox(this)),
      funder_(new QComboBox(this)),
      entity_(new QComboBox(this)),
      fte_(new QDoubleSpinBox(this)),
      fields_(new QStackedWidget(this)),
      error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
  const Labels& t = labels_;
  setWindowTitle(to_qstring(t("gui.event.dialog")));
  const QLocale locale =
      t.french() ? QLocale(QLocale::French, QLocale::France) : QLocale(QLocale::English, QLocale::UnitedKingdom);
  for (auto* box : {factor_, postponed_, fte_}) box->setLocale(locale);
  kind_->addItem(to_qstring(t("gui.event.kind.prestations")),
                 static_cast<int>(forecast::FundingEventKind::Prestations));
  kind_->addItem(to_qstring(t("gui.event.kind.funder_leaves")),
                 static_cast<int>(forecast::FundingEventKind::FunderLeaves));
  kind_->addItem(to_qstring(t("gui.event.kind.staff")), static_cast<int>(forecast::FundingEventKind::Staff));
  kind_->setCurrentIndex(static_cast<int>(event.kind));
  label_->setText(to_qstring(event.label));
  for (auto* date : {from_, to_}) {
    date->setCalendarPopup(true);
    date->setDisplayFormat(t.french() ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("yyyy-MM-dd"));
  }
  from_->setDate(to_qdate(event.from));
  has_to_->setText(to_qstring(t("gui.event.to")));
  has_to_->setChecked(event.to.has_value());
  to_->setDate(to_qdate(event.to.value_or(Date::from_ymd(event.from.year(), 12, 31))));
  to_->setEnabled(event.to.has_value());
  factor_->setValue(box_of_exact(event.factor, 1, true));
  postponed_->setValue(box_of_exact(event.postponed, 1, true));
  months_->setRange(1, 24);
  months_->setValue(event.postpone_months);
  months_->setSuffix(to_qstring(t("gui.event.months_suffix")));
  std::set<std::string> funders;
  for (const auto& f : scenario.funding) {
    if (funders.insert(f.funder).second) funder_->addItem(to_qstring(f.funder));
  }
  if (!event.funder.empty()) funder_->setCurrentText(to_qstring(event.funder));
  for (const auto& st : scenario.staff) entity_->addItem(to_qstring(st.entity));
  if (!event.entity.empty()) entity_->setCurrentText(to_qstring(event.entity));
  fte_->setDecimals(1);
  fte_->setRange(0, 500);
  fte_->setSuffix(to_qstring(t("gui.event.fte_suffix")));
  fte_->setValue(box_of_exact(event.fte, 1, false));

  auto* prestations = new QWidget(fields_);
  auto* pf = new QFormLayout(prestations);
  pf->addRow(has_to_, to_);
  pf->addRow(to_qstring(t("gui.event.factor")), factor_);
  pf->addRow(to_qstring(t("gui.event.postponed")), postponed_);
  pf->addRow(to_qstring(t("gui.event.postpone_months")), months_);
  auto* leaves = new QWidget(fields_);
  auto* lf = new QFormLayout(leaves);
  lf->addRow(to_qstring(t("gui.event.funder")), funder_);
  auto* staff = new QWidget(fields_);
  auto* sf = new QFormLayout(staff);
  sf->addRow(to_qstring(t("gui.event.entity")), entity_);
  sf->addRow(to_qstring(t("gui.event.fte")), fte_);
  fields_->addWidget(prestations);
  fields_->addWidget(leaves);
  fields_->addWidget(staff);
  fields_->setCurrentIndex(kind_->currentIndex());

  auto* form = new QFormLayout();
  form->addRow(to_qstring(t("gui.event.kind")), kind_);
  form->addRow(to_qstring(t("gui.event.label")), label_);
  form->addRow(to_qstring(t("gui.event.from_date")), from_);
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(fields_);
  layout->addWidget(error_);
  layout->addWidget(buttons_);
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(kind_, &QComboBox::currentIndexChanged, fields_, &QStackedWidget::setCurrentIndex);
  connect(has_to_, &QCheckBox::toggled, to_, &QWidget::setEnabled);
  for (auto* combo : {kind_, funder_, entity_})
    connect(combo, &QComboBox::currentIndexChanged, this, &EventDialog::check);
  for (auto* date : {from_, to_}) connect(date, &QDateEdit::dateChanged, this, &EventDialog::check);
  for (auto* box : {factor_, postponed_, fte_}) connect(box, &QDoubleSpinBox::valueChanged, this, &EventDialog::check);
  connect(months_, &QSpinBox::valueChanged, this, &EventDialog::check);
  connect(has_to_, &QCheckBox::toggled, this, &EventDialog::check);
  check();
}

forecast::FundingEvent EventDialog::funding_event() const {
  forecast::FundingEvent e;
  e.kind = static_cast<forecast::FundingEventKind>(kind_->currentData().toInt());
  e.label = label_->text().trimmed().toStdString();
  e.from = to_date(from_->date());
  switch (e.kind) {
    case forecast::FundingEventKind::Prestations:
      if (has_to_->isChecked()) e.to = to_date(to_->date());
      e.factor = exact_of_box(factor_->value(), 1, true);
      e.postponed = exact_of_box(postponed_->value(), 1, true);
      e.postpone_months = months_->value();
      break;
    case forecast::FundingEventKind::FunderLeaves:
      e.funder = funder_->currentText().toStdString();
      break;
    case forecast::FundingEventKind::Staff:
      e.entity = entity_->currentText().toStdString();
      e.fte = exact_of_box(fte_->value(), 1, false);
      break;
  }
  return e;
}

QString EventDialog::refusal() const {
  return error_->text();
}

void EventDialog::check() {
  QString why;
  try {
    forecast::check_event(scenario_, funding_event());
  } catch (const Error& e) {
    why = to_qstring(e.what());
  }
  error_->setText(why);
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

}  // namespace comptoir::gui
