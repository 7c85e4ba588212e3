// The Funding mix tab's drivers panel built from the scenario: its
// sections with their units; commune classes (share, pool), tours, staff
// and renewals; the distribution editor; the events' timeline. Each edit
// draws what forecast computes for the same scenario edited by its own
// functions and undo restores the figures exactly. Funding lines:
// drivers_funding_test.cpp; prices and tours' takings: drivers_prices_test.cpp.
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>
#include <optional>

#include "display.hpp"
#include "distribution_dialog.hpp"
#include "event_dialog.hpp"
#include "event_timeline.hpp"
#include "gui/drivers_support.hpp"
#include "gui/funding_view_support.hpp"

namespace comptoir::gui {

using namespace drivers;
using test::settled;

class DriversTest : public QObject {
  Q_OBJECT

 private:
  std::optional<test::GuiSession> session_;  // the book checked, the settings in a test folder

 private slots:
  void initTestCase() { session_.emplace("gui-drivers-settings"); }
  void cleanupTestCase() { session_->check(); }

  void the_panel_groups_the_drivers_by_section_with_their_units() {
    const Document document(test::shared_demo_book().string(), Language::French);
    Opened o(document);
    QVERIFY(o.view != nullptr);
    FundingView& view = *o.view;
    QStringList sections;
    for (const QGroupBox* box : view.findChildren<QGroupBox*>()) sections << box->title();
    for (const char* title : {"Général", "Prestations", "Communes", "Guinguettes", "Financements", "Personnel"}) {
      QVERIFY2(sections.contains(QString::fromUtf8(title)), qPrintable(sections.join(QStringLiteral(", "))));
    }
    // Funding lines: the amount in euros, its change, the renewal in %.
    auto* amount = qobject_cast<QDoubleSpinBox*>(view.driver_box(region));
    QVERIFY(amount != nullptr);
    QCOMPARE(amount->value(), 80000.0);
    QCOMPARE(amount->suffix(), QString::fromUtf8("\u00a0€"));
    QCOMPARE(view.driver_label(region)->text(), QString::fromUtf8("Région Grand Est (AT) : montant/an (€)"));
    QSlider* slider = view.driver_slider(region);
    QVERIFY(slider != nullptr);
    QCOMPARE(slider->value(), 0);
    QCOMPARE(slider->minimum(), -100);
    QCOMPARE(slider->maximum(), 50);
    QCOMPARE(view.driver_slider("funding[12].amount")->minimum(), -99);  // a lognormal's mean stays above 0
    auto* renewal = qobject_cast<QDoubleSpinBox*>(view.driver_box("funding[2].renewal"));
    QVERIFY(renewal != nullptr);
    QCOMPARE(renewal->value(), 75.0);
    QVERIFY(view.driver_label("funding[2].renewal")->text().endsWith(QStringLiteral("(%)")));
    QVERIFY(view.distribution_button("funding[2].renewal") == nullptr);  // a probability
    QVERIFY(view.driver_box("funding[3].renewal") == nullptr);           // no end, no renewal
    // Communes, tours, staff.
    QCOMPARE(qobject_cast<QDoubleSpinBox*>(view.driver_box("commune_classes[1].share"))->value(), 40.0);
    QCOMPARE(qobject_cast<QSpinBox*>(view.driver_box("commune_classes[1].communes"))->value(), 40);
    QCOMPARE(qobject_cast<QSpinBox*>(view.driver_box("tours[1].dates"))->value(), 64);
    QCOMPARE(qobject_cast<QDoubleSpinBox*>(view.driver_box("staff[1].fte"))->value(), 9.0);
    QCOMPARE(view.driver_label("staff[2].fte")->text(), QString::fromUtf8("Personnel RES : ETP de l'année de base"));
    // Each driver that may be uncertain has its distribution's button.
    QCOMPARE(view.distribution_button("prestations[1].count")->toolTip(),
             QString::fromUtf8("Incertitude : Triangulaire (Minimum 15, Mode 21, Maximum 30) (cliquer pour modifier)"));
    QVERIFY(view.distribution_button(region)->toolTip().contains(QStringLiteral("Fixe")));
    QVERIFY(view.distribution_button("commune_classes[1].share") == nullptr);  // not a driver
  }

  void communes_tours_staff_and_renewals_draw_the_engines_figures() {
    const Document document(test::shared_demo_book().string(), Language::French);
    Opened o(document);
    FundingView& view = *o.view;
    QVERIFY(settled(view));
    const FundingChartData original = view.drawn();
    // "What if 60 communes sign instead of 40", a smaller share, fewer
    // dates, one more FTE at AT, a less likely renewal.
    qobject_cast<QSpinBox*>(view.driver_box("commune_classes[1].communes"))->setValue(60);
    qobject_cast<QDoubleSpinBox*>(view.driver_box("commune_classes[1].share"))->setValue(30);
    qobject_cast<QSpinBox*>(view.driver_box("tours[1].dates"))->setValue(50);
    qobject_cast<QDoubleSpinBox*>(view.driver_box("staff[1].fte"))->setValue(10.5);
    qobject_cast<QDoubleSpinBox*>(view.driver_box("funding[6].renewal"))->setValue(40);
    QCOMPARE(view.undo_stack()->count(), 5);
    QVERIFY(settled(view));
    forecast::FundingScenario edited = opened_scenario(document);
    set(edited, "commune_classes[1].communes", Rational(60));
    set(edited, "commune_classes[1].share", Rational(3, 10));
    set(edited, "tours[1].dates", Rational(50));
    set(edited, "staff[1].fte", Rational(21, 2));
    set(edited, "funding[6].renewal", Rational(2, 5));
    expect_figures_of(view, document, edited);

    // A share the file could not hold (the classes above 100 %) is refused:
    // no step, the value kept, the reason shown.
    auto* share = qobject_cast<QDoubleSpinBox*>(view.driver_box("commune_classes[2].share"));
    share->setValue(95);
    QCOMPARE(share->value(), 15.0);
    QCOMPARE(view.undo_stack()->count(), 5);
    QVERIFY2(view.status().contains(QStringLiteral("more than 100 %")), qPrintable(view.status()));
    QCOMPARE(view.session()->driver_value("commune_classes[2].share"), Rational(15, 100));

    while (view.undo_stack()->canUndo()) view.undo_stack()->undo();
    QCOMPARE(qobject_cast<QDoubleSpinBox*>(view.driver_box("staff[1].fte"))->value(), 9.0);
    QVERIFY(settled(view));
    expect_same_drawn(view.drawn(), original);
  }

  void the_distribution_editor_moves_the_band_and_is_undone() {
    const Document document(test::shared_demo_book().string(), Language::French);
    Opened o(document);
    FundingView& view = *o.view;
    QVERIFY(settled(view));
    const FundingChartData original = view.drawn();

    view.distribution_button(region)->click();
    auto* dialog = dialog_of<DistributionDialog>(view);
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->kind(), forecast::DistributionKind::Fixed);
    dialog->kind_picker()->setCurrentIndex(dialog->kind_picker()->findText(QStringLiteral("Triangulaire")));
    QCOMPARE(dialog->field_label(0)->text(), QStringLiteral("Minimum"));
    QVERIFY(dialog->field(2)->isVisibleTo(dialog));
    // min <= mode <= max is checked before OK is offered.
    dialog->field(0)->setText(QStringLiteral("90000"));
    dialog->field(1)->setText(QStringLiteral("60000"));
    dialog->field(2)->setText(QStringLiteral("85000"));
    QVERIFY(!ok_of(dialog)->isEnabled());
    QVERIFY2(dialog->refusal().contains(QStringLiteral("min <= mode <= max")), qPrintable(dialog->refusal()));
    dialog->field(0)->setText(QStringLiteral("abc"));
    QVERIFY(!ok_of(dialog)->isEnabled());
    dialog->field(0)->setText(QStringLiteral("20000"));
    QVERIFY(ok_of(dialog)->isEnabled());
    ok_of(dialog)->click();
    QCOMPARE(view.undo_stack()->count(), 1);
    QCOMPARE(qobject_cast<QDoubleSpinBox*>(view.driver_box(region))->value(), 60000.0);
    QVERIFY(view.distribution_button(region)->toolTip().contains(QStringLiteral("Triangulaire")));
    QVERIFY(settled(view));
    forecast::FundingScenario uncertain = opened_scenario(document);
    forecast::set_distribution(uncertain, *uncertain.find_driver(region), forecast::DistributionKind::Triangular,
                               {Rational(20000), Rational(60000), Rational(85000)});
    expect_figures_of(view, document, uncertain);
    QVERIFY(view.drawn().cash_p5.values != original.cash_p5.values);  // the band moved

    // A normal's sd cannot be negative.
    view.distribution_button("prestations[2].count")->click();
    auto* normal = dialog_of<DistributionDialog>(view);
    QCOMPARE(normal->kind(), forecast::DistributionKind::Normal);
    QCOMPARE(normal->field(1)->text(), QStringLiteral("6"));
    QVERIFY(!normal->field(2)->isVisibleTo(normal));
    normal->field(1)->setText(QStringLiteral("-2"));
    QVERIFY(!ok_of(normal)->isEnabled());
    normal->reject();

    view.undo_stack()->undo();
    QCOMPARE(view.session()->driver_value(region), Rational(80000));
    QVERIFY(view.distribution_button(region)->toolTip().contains(QStringLiteral("Fixe")));
    QVERIFY(settled(view));
    expect_same_drawn(view.drawn(), original);
  }

  void events_are_added_edited_and_removed_on_the_timeline() {
    const Document document(test::shared_demo_book().string(), Language::French);
    Opened o(document);
    FundingView& view = *o.view;
    QVERIFY(settled(view));
    const FundingChartData original = view.drawn();
    EventTimeline& timeline = *view.timeline();
    QVERIFY(timeline.events().empty());
    QVERIFY(!view.edit_event_button()->isEnabled());

    // Kronenbourg leaves on 1 January 2027.
    view.add_event_button()->click();
    auto* dialog = dialog_of<EventDialog>(view);
    QVERIFY(dialog != nullptr);
    dialog->kind()->setCurrentIndex(1);
    dialog->funder()->setCurrentText(QStringLiteral("Kronenbourg"));
    dialog->label()->setText(QStringLiteral("Kronenbourg se retire"));
    dialog->from()->setDate(QDate(2027, 1, 1));
    QVERIFY(ok_of(dialog)->isEnabled());
    ok_of(dialog)->click();
    QCOMPARE(view.undo_stack()->count(), 1);
    QCOMPARE(timeline.events().size(), std::size_t{1});
    const QRectF bar = timeline.bar(0);
    QVERIFY(!bar.isEmpty());
    QVERIFY(bar.left() > timeline.width() / 5.0 - 8);  // from 2027: after the first of five years
    QCOMPARE(timeline.text(0), QStringLiteral("Kronenbourg se retire (Kronenbourg) : dès le 01/01/2027"));
    QVERIFY(settled(view));
    forecast::FundingScenario edited = opened_scenario(document);
    forecast::FundingEvent leaves;
    leaves.kind = forecast::FundingEventKind::FunderLeaves;
    leaves.label = "Kronenbourg se retire";
    leaves.from = Date::from_ymd(2027, 1, 1);
    leaves.funder = "Kronenbourg";
    forecast::set_events(edited, {leaves});
    expect_figures_of(view, document, edited);

    // Edited: a year later. A slowdown that ends before it starts is refused.
    timeline.select(0);
    QVERIFY(view.edit_event_button()->isEnabled());
    view.edit_event_button()->click();
    dialog = dialog_of<EventDialog>(view);
    QCOMPARE(dialog->funder()->currentText(), QStringLiteral("Kronenbourg"));
    dialog->from()->setDate(QDate(2028, 1, 1));
    ok_of(dialog)->click();
    QCOMPARE(view.undo_stack()->count(), 2);
    QVERIFY(settled(view));
    leaves.from = Date::from_ymd(2028, 1, 1);
    forecast::set_events(edited, {leaves});
    expect_figures_of(view, document, edited);

    view.add_event_button()->click();
    dialog = dialog_of<EventDialog>(view);
    dialog->kind()->setCurrentIndex(0);
    dialog->from()->setDate(QDate(2027, 6, 1));
    dialog->has_to()->setChecked(true);
    dialog->to()->setDate(QDate(2027, 3, 31));
    QVERIFY(!ok_of(dialog)->isEnabled());
    QVERIFY2(dialog->refusal().contains(QStringLiteral("ends before it starts")), qPrintable(dialog->refusal()));
    dialog->to()->setDate(QDate(2027, 12, 31));
    dialog->factor()->setValue(60);
    dialog->postponed()->setValue(50);
    QVERIFY(ok_of(dialog)->isEnabled());
    ok_of(dialog)->click();
    QCOMPARE(timeline.events().size(), std::size_t{2});
    QVERIFY(settled(view));
    forecast::FundingEvent slowdown;
    slowdown.from = Date::from_ymd(2027, 6, 1);
    slowdown.to = Date::from_ymd(2027, 12, 31);
    slowdown.factor = Rational(3, 5);
    slowdown.postponed = Rational(1, 2);
    forecast::set_events(edited, {leaves, slowdown});
    expect_figures_of(view, document, edited);

    // Removed; then every step undone: the file's figures exactly.
    timeline.select(0);
    view.remove_event_button()->click();
    QCOMPARE(timeline.events().size(), std::size_t{1});
    QCOMPARE(timeline.events().front().kind, forecast::FundingEventKind::Prestations);
    QVERIFY(settled(view));
    forecast::set_events(edited, {slowdown});
    expect_figures_of(view, document, edited);
    while (view.undo_stack()->canUndo()) view.undo_stack()->undo();
    QVERIFY(timeline.events().empty());
    QVERIFY(settled(view));
    expect_same_drawn(view.drawn(), original);
  }
};

}  // namespace comptoir::gui

QTEST_MAIN(comptoir::gui::DriversTest)
#include "drivers_test.moc"
