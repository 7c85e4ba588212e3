// The drivers panel's sections but Financements (see
// funding_lines_section.cpp): Général (inflation), Prestations (count,
// price and its growth per type), Communes (each class's share and pool),
// Guinguettes (dates, takings per date, margin and growth per tour) and
// Personnel (each association's FTEs). Each control's range is the file's
// (a rate not negative, a margin below 100 %); forecast checks the rest.
#include <QDoubleSpinBox>
#include <QSpinBox>

#include "display.hpp"
#include "driver_boxes.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"

namespace comptoir::gui {

void FundingView::build_general_sections(QWidget* content) {
  const Labels& t = labels_;
  const auto& scenario = session_->inputs().scenario;
  const QLocale locale = locale_of(t);
  const QString per_year = to_qstring(t("gui.funding.per_year"));

  // General: the inflation of other expenses, in percent to the tenth.
  QWidget* general = add_section(content, "gui.funding.section.general");
  const auto& inflation = scenario.drivers[scenario.inflation];
  add_driver_row(general, inflation.key, to_qstring(t("gui.funding.inflation")),
                 decimal_box(general, locale, {1, true}, 0, 20, 0.5, percent_suffix()));

  // Prestations per type: whole counts a year, the price HT in euros with
  // its slider, the price's yearly growth in percent to the tenth.
  QWidget* prestations = add_section(content, "gui.funding.section.prestations");
  for (const auto& p : scenario.prestations) {
    const auto& count = scenario.drivers[p.count];
    add_driver_row(prestations, count.key, driver_name(count), count_box(prestations, locale, 500, per_year));
    add_amount_row(prestations, scenario.drivers[p.price], 100);
    const auto& growth = scenario.drivers[p.price_growth];
    add_driver_row(prestations, growth.key, driver_name(growth),
                   decimal_box(prestations, locale, {1, true}, 0, 50, 0.5, percent_suffix()));
  }

  // Communes: each class's share of the prestations and its pool's size.
  if (!scenario.commune_classes.empty()) {
    QWidget* communes = add_section(content, "gui.funding.section.communes");
    for (std::size_t i = 0; i < scenario.commune_classes.size(); ++i) {
      const auto& c = scenario.commune_classes[i];
      std::string flags;
      for (const auto& f : c.flags) flags += (flags.empty() ? "" : ", ") + f;
      const std::string key = "commune_classes[" + std::to_string(i + 1) + "].share";
      add_driver_row(communes, key, to_qstring(t("gui.funding.class.share", {{"flags", flags}})),
                     decimal_box(communes, locale, {1, true}, 0, 100, 5, percent_suffix()));
      if (c.communes) {
        const auto& d = scenario.drivers[*c.communes];
        add_driver_row(communes, d.key, driver_name(d), count_box(communes, locale, 5000, {}));
      }
    }
  }
}

void FundingView::build_tours_section(QWidget* content) {
  // Guinguettes: per tour its dates a year, the takings HT per date in
  // euros with their slider, the gross margin (below 100 %) and the
  // takings' yearly growth, in percent to the tenth.
  const auto& scenario = session_->inputs().scenario;
  if (scenario.tours.empty()) return;
  const QLocale locale = locale_of(labels_);
  QWidget* tours = add_section(content, "gui.funding.section.tours");
  for (const auto& tour : scenario.tours) {
    const auto& dates = scenario.drivers[tour.dates];
    add_driver_row(tours, dates.key, driver_name(dates),
                   count_box(tours, locale, 365, to_qstring(labels_("gui.funding.per_year"))));
    add_amount_row(tours, scenario.drivers[tour.takings], 100);
    const auto& margin = scenario.drivers[tour.margin];
    add_driver_row(tours, margin.key, driver_name(margin),
                   decimal_box(tours, locale, {1, true}, 0, 99.9, 1, percent_suffix()));
    const auto& growth = scenario.drivers[tour.growth];
    add_driver_row(tours, growth.key, driver_name(growth),
                   decimal_box(tours, locale, {1, true}, 0, 50, 0.5, percent_suffix()));
  }
}

void FundingView::build_staff_section(QWidget* content) {
  // Staff: each association's FTEs of the base year.
  const auto& scenario = session_->inputs().scenario;
  if (scenario.staff.empty()) return;
  QWidget* staff = add_section(content, "gui.funding.section.staff");
  for (std::size_t i = 0; i < scenario.staff.size(); ++i) {
    const std::string key = "staff[" + std::to_string(i + 1) + "].fte";
    add_driver_row(staff, key, to_qstring(labels_("gui.funding.staff.fte", {{"entity", scenario.staff[i].entity}})),
                   decimal_box(staff, locale_of(labels_), {1, false}, 0.1, 1000, 0.5,
                               to_qstring(labels_("gui.event.fte_suffix"))));
  }
}

}  // namespace comptoir::gui
