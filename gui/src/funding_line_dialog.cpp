// See funding_line_dialog.hpp.
#include "funding_line_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

#include "core/error.hpp"
#include "display.hpp"
#include "driver_boxes.hpp"
#include "reports/category_scheme.hpp"

namespace comptoir::gui {

FundingLineDialog::FundingLineDialog(const forecast::FundingScenario& scenario, const Labels& labels, QWidget* parent)
    : QDialog(parent),
      scenario_(scenario),
      labels_(labels),
      funder_(new QLineEdit(this)),
      entity_(new QComboBox(this)),
      category_(new QComboBox(this)),
      amount_(decimal_box(this, locale_of(labels), {2, false}, 0, 100'000'000, 1000, euro_suffix())),
      error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
  const Labels& t = labels_;
  setWindowTitle(to_qstring(t("gui.funding.line.dialog")));
  amount_->setKeyboardTracking(true);  // OK follows what is typed
  // The associations the scenario projects, in the order it names them.
  std::vector<std::string> entities{scenario.prestation_entity};
  const auto add = [&](const std::string& e) {
    if (std::find(entities.begin(), entities.end(), e) == entities.end()) entities.push_back(e);
  };
  for (const auto& f : scenario.funding) add(f.entity);
  for (const auto& st : scenario.staff) add(st.entity);
  const CategoryScheme scheme = CategoryScheme::activity_report();
  for (const auto& e : entities) {
    if (scheme.has_entity(e)) entity_->addItem(to_qstring(e));
  }
  list_categories();

  auto* form = new QFormLayout();
  form->addRow(to_qstring(t("gui.funding.line.funder")), funder_);
  form->addRow(to_qstring(t("gui.funding.line.entity")), entity_);
  form->addRow(to_qstring(t("gui.funding.line.category")), category_);
  form->addRow(to_qstring(t("gui.funding.line.amount")), amount_);
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(error_);
  layout->addWidget(buttons_);
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(entity_, &QComboBox::currentIndexChanged, this, [this] {
    list_categories();
    check();
  });
  connect(category_, &QComboBox::currentIndexChanged, this, &FundingLineDialog::check);
  connect(funder_, &QLineEdit::textChanged, this, &FundingLineDialog::check);
  connect(amount_, &QDoubleSpinBox::valueChanged, this, &FundingLineDialog::check);
  check();
}

void FundingLineDialog::list_categories() {
  // The resource categories of the association, but its own resources
  // (sales, prestations): those are projected from their own drivers.
  const QSignalBlocker quiet(category_);
  category_->clear();
  const auto& own = scenario_.own_categories;
  for (const auto& c :
       CategoryScheme::activity_report().categories_of(entity_->currentText().toStdString(), CategorySide::Resource)) {
    if (std::find(own.begin(), own.end(), c.code) != own.end()) continue;
    category_->addItem(to_qstring(labels_.french() ? c.label_fr : c.label_en), to_qstring(c.code));
  }
}

forecast::NewFundingLine FundingLineDialog::line() const {
  return {entity_->currentText().toStdString(), category_->currentData().toString().toStdString(),
          funder_->text().trimmed().toStdString(), exact_of_box(amount_->value(), 2, false)};
}

QString FundingLineDialog::refusal() const {
  return error_->text();
}

void FundingLineDialog::check() {
  QString why;
  const forecast::NewFundingLine l = line();
  if (l.funder.empty()) {
    why = to_qstring(labels_("gui.funding.line.no_funder"));
  } else if (l.category.empty()) {
    why = to_qstring(labels_("gui.funding.line.no_category"));
  } else {
    forecast::FundingScenario probe = scenario_;
    try {
      forecast::add_funding_line(probe, l);
    } catch (const Error& e) {
      why = to_qstring(e.what());
    }
  }
  error_->setText(why);
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

}  // namespace comptoir::gui
