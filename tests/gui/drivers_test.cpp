// The Funding mix tab's drivers panel built from the scenario: funding
// lines (amount, a slider of its change from the file, renewal), commune
// classes (share, pool), tours, staff, by section with their units; the
// distribution editor; the events' timeline. Each edit draws what forecast
// computes for the same scenario edited by its own functions, undo
// restores the figures exactly, and a save read back is the same scenario.
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
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
#include <filesystem>
#include <fstream>
#include <optional>

#include "display.hpp"
#include "distribution_dialog.hpp"
#include "document.hpp"
#include "event_dialog.hpp"
#include "event_timeline.hpp"
#include "forecast/funding_projection.hpp"
#include "forecast/scenario_edits.hpp"
#include "forecast/scenario_toml.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"
#include "gui/funding_view_support.hpp"
#include "gui/gui_test_support.hpp"
#include "main_window.hpp"
#include "support/demo_book.hpp"
#include "support/temp_dir.hpp"

namespace comptoir::gui {
namespace {

using test::settled;

const std::string scenario_dir = COMPTOIR_SCENARIO_DIR;
const std::string base_scenario = scenario_dir + "/funding-base.toml";
const std::string region = "funding[2].amount";  // Région Grand Est, 80,000.00 a year

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The figures `view` draws for its scope (the combined one) are the ones
// the engine computes for `scenario`: the projection's result and cash to
// the cent, and the Monte Carlo's bands of compute_funding.
void expect_figures_of(const FundingView& view, const Document& document, const forecast::FundingScenario& scenario) {
  FundingInputs inputs = view.session()->inputs();
  inputs.scenario = scenario;
  const auto projection = forecast::project_funding(scenario, *inputs.actuals, *inputs.rules);
  const auto& scope = projection.scope(view.drawn().scope);
  QCOMPARE(view.drawn().result.values.size(), scope.years.size());
  for (std::size_t y = 0; y < scope.years.size(); ++y) {
    QCOMPARE(view.drawn().result.values[y], scope.years[y].result());
    QCOMPARE(view.drawn().cash.values[y], scope.years[y].year_end_cash);
  }
  const FundingFigures expected = Document::compute_funding(inputs, document.labels());
  const FundingChartData& e = expected.scopes.back();
  QCOMPARE(view.drawn().scope, e.scope);
  QCOMPARE(view.drawn().result_p5.values, e.result_p5.values);
  QCOMPARE(view.drawn().result_p50.values, e.result_p50.values);
  QCOMPARE(view.drawn().result_p95.values, e.result_p95.values);
  QCOMPARE(view.drawn().cash_p5.values, e.cash_p5.values);
  QCOMPARE(view.drawn().cash_p95.values, e.cash_p95.values);
  QCOMPARE(view.drawn().resources.size(), e.resources.size());
  for (std::size_t s = 0; s < e.resources.size(); ++s)
    QCOMPARE(view.drawn().resources[s].values, e.resources[s].values);
}

void expect_same_drawn(const FundingChartData& a, const FundingChartData& b) {
  QCOMPARE(a.result.values, b.result.values);
  QCOMPARE(a.cash.values, b.cash.values);
  QCOMPARE(a.result_p5.values, b.result_p5.values);
  QCOMPARE(a.result_p95.values, b.result_p95.values);
  QCOMPARE(a.cash_p5.values, b.cash_p5.values);
  QCOMPARE(a.cash_p50.values, b.cash_p50.values);
  QCOMPARE(a.cash_p95.values, b.cash_p95.values);
}

// A window with funding-base.toml (or `file`) open, its combined scope shown.
struct Opened {
  explicit Opened(const Document& document, const std::string& file = base_scenario) : window(document) {
    if (!window.open_scenario(file).isEmpty()) return;
    view = window.funding_views().front();
    view->scope_picker()->setCurrentIndex(view->scope_picker()->count() - 1);
  }
  MainWindow window;
  FundingView* view = nullptr;
};

forecast::FundingScenario opened_scenario(const Document& document, const std::string& file = base_scenario) {
  return document.open_scenario(file).scenario;
}

void set(forecast::FundingScenario& s, const std::string& key, const Rational& value) {
  forecast::set_scenario_value(s, key, value);
}

// A slider dragged from where it is to `percent`, through `through`.
void drag(QSlider* slider, int through, int percent) {
  slider->setSliderDown(true);
  slider->setValue(through);
  slider->setValue(percent);
  slider->setSliderDown(false);
}

template <typename Dialog>
Dialog* dialog_of(const FundingView& view) {
  const auto dialogs = view.findChildren<Dialog*>();
  return dialogs.isEmpty() ? nullptr : dialogs.back();
}

QPushButton* ok_of(QDialog* dialog) {
  return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

}  // namespace

class DriversTest : public QObject {
  Q_OBJECT

 private:
  std::optional<test::BookUnchanged> book_;
  std::unique_ptr<test::TempDir> settings_;

 private slots:
  void initTestCase() {
    book_.emplace();
    settings_ = std::make_unique<test::TempDir>("gui-drivers-settings");
    test::keep_settings_in(settings_->path());
  }

  void cleanupTestCase() { book_->check(); }

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

  void the_region_cuts_its_grant_by_30_percent_in_one_move() {
    const Document document(test::shared_demo_book().string(), Language::French);
    Opened o(document);
    FundingView& view = *o.view;
    QVERIFY(settled(view));
    const FundingChartData original = view.drawn();
    QSlider* slider = view.driver_slider(region);
    drag(slider, -10, -30);
    QCOMPARE(view.undo_stack()->count(), 1);  // one drag, one step
    QCOMPARE(view.undo_stack()->undoText(), QString::fromUtf8("Région Grand Est (AT) : montant/an (€)"));
    QCOMPARE(qobject_cast<QDoubleSpinBox*>(view.driver_box(region))->value(), 56000.0);
    QCOMPARE(view.session()->driver_value(region), Rational(56000));
    QVERIFY(settled(view));
    forecast::FundingScenario cut = opened_scenario(document);
    set(cut, region, forecast::changed_by_percent(Rational(80000), -30, forecast::DriverUnit::Amount));
    expect_figures_of(view, document, cut);
    QVERIFY(view.drawn().result.values != original.result.values);

    // The amount typed: the slider follows.
    qobject_cast<QDoubleSpinBox*>(view.driver_box(region))->setValue(88000);
    QCOMPARE(slider->value(), 10);
    QCOMPARE(view.undo_stack()->count(), 2);
    QVERIFY(settled(view));
    set(cut, region, Rational(88000));
    expect_figures_of(view, document, cut);

    // Undone: the figures of the file, exactly; redone: the cut's.
    view.undo_stack()->undo();
    view.undo_stack()->undo();
    QCOMPARE(slider->value(), 0);
    QCOMPARE(view.session()->driver_value(region), Rational(80000));
    QVERIFY(settled(view));
    expect_same_drawn(view.drawn(), original);
    expect_figures_of(view, document, opened_scenario(document));
    view.undo_stack()->redo();
    QCOMPARE(slider->value(), -30);
    QVERIFY(settled(view));
    set(cut, region, Rational(56000));
    expect_figures_of(view, document, cut);
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

  void a_save_reads_back_as_the_same_scenario() {
    const test::TempDir dir("gui-drivers-save");
    const Document document(test::shared_demo_book().string(), Language::French);
    Opened o(document);
    FundingView& view = *o.view;
    QVERIFY(settled(view));
    drag(view.driver_slider(region), -20, -30);
    qobject_cast<QDoubleSpinBox*>(view.driver_box("staff[2].fte"))->setValue(8.5);
    qobject_cast<QDoubleSpinBox*>(view.driver_box("commune_classes[3].share"))->setValue(12.5);
    QVERIFY(view.edit_distribution("funding[1].amount", forecast::DistributionKind::Normal,
                                   {Rational(96000), Rational(5000), 0})
                .isEmpty());
    forecast::FundingEvent hire;
    hire.kind = forecast::FundingEventKind::Staff;
    hire.label = "Recrutement";
    hire.from = Date::from_ymd(2026, 9, 1);
    hire.entity = "RES";
    hire.fte = Rational(19, 2);
    QVERIFY(view.edit_events({hire}, QStringLiteral("hire")).isEmpty());
    QVERIFY(settled(view));
    const FundingChartData drawn = view.drawn();

    const std::string saved = dir.file("edited.toml");
    QCOMPARE(o.window.save_scenario(view, saved), QString());
    const std::string text = read_text(saved);
    QVERIFY2(text.find("amount = \"56000.00\"") != std::string::npos, text.c_str());
    QVERIFY2(text.find("fte = \"8.5\"") != std::string::npos, text.c_str());
    QVERIFY2(text.find("share = \"12.5%\"") != std::string::npos, text.c_str());
    QVERIFY2(text.find("amount = { dist = \"normal\", mean = \"96000.00\", sd = \"5000.00\" }") != std::string::npos,
             text.c_str());
    QVERIFY2(
        text.find("kind = \"staff\"\nlabel = \"Recrutement\"\nfrom = 2026-09-01\nentity = \"RES\"\nfte = \"9.5\"") !=
            std::string::npos,
        text.c_str());
    // Read back: the same scenario, the same figures.
    const auto again = forecast::load_funding_scenario(saved);
    QCOMPARE(forecast::write_funding_scenario(again),
             forecast::write_funding_scenario(view.session()->inputs().scenario));
    QCOMPARE(o.window.open_scenario(saved), QString());
    FundingView& reopened = *o.window.funding_views().back();
    reopened.scope_picker()->setCurrentIndex(reopened.scope_picker()->count() - 1);
    QVERIFY(settled(reopened));
    expect_same_drawn(reopened.drawn(), drawn);
    QCOMPARE(reopened.driver_slider(region)->value(), 0);  // relative to the file opened
    QCOMPARE(reopened.timeline()->events().size(), std::size_t{1});
  }

  void a_variant_marks_and_saves_only_what_it_changes() {
    const test::TempDir dir("gui-drivers-variant");
    const Document document(test::shared_demo_book().string(), Language::French);
    const std::string election = scenario_dir + "/funding-election-2026.toml";
    {
      // A variant of the election variant draws its base's event, but
      // cannot change it (a variant only adds).
      const std::string of_election = dir.file("of-election.toml");
      std::ofstream(of_election) << "base = \"" << election << "\"\nname = \"x\"\n";
      Opened nested(document, of_election);
      QVERIFY(nested.view != nullptr);
      QCOMPARE(nested.view->timeline()->events().size(), std::size_t{1});
      nested.view->timeline()->select(0);
      QVERIFY(!nested.view->edit_event_button()->isEnabled());
      QVERIFY(!nested.view->remove_event_button()->isEnabled());
    }
    Opened o(document, election);
    FundingView& view = *o.view;
    QVERIFY(settled(view));
    // The election's own event may be changed.
    QCOMPARE(view.timeline()->events().size(), std::size_t{1});
    view.timeline()->select(0);
    QVERIFY(view.edit_event_button()->isEnabled());

    drag(view.driver_slider(region), -15, -30);
    qobject_cast<QDoubleSpinBox*>(view.driver_box("staff[1].fte"))->setValue(10);
    QVERIFY(view.marked_as_variant(region));
    QVERIFY(view.marked_as_variant("staff[1].fte"));
    QVERIFY(view.driver_label("staff[1].fte")->text().startsWith(QString::fromUtf8("◆ ")));
    QVERIFY(!view.marked_as_variant("funding[1].amount"));
    QVERIFY(settled(view));

    const std::string saved = dir.file("election-cut.toml");
    QCOMPARE(o.window.save_scenario(view, saved), QString());
    const std::string text = read_text(saved);
    QVERIFY2(text.find("funder = \"Région Grand Est\"\namount = \"56000.00\"") != std::string::npos, text.c_str());
    QVERIFY2(text.find("[[staff]]\nentity = \"AT\"\nfte = 10\n") != std::string::npos, text.c_str());
    QVERIFY2(text.find("CD Gers") == std::string::npos, text.c_str());  // the base's, unchanged
    const auto again = forecast::load_funding_scenario(saved);
    QCOMPARE(forecast::write_funding_scenario(again),
             forecast::write_funding_scenario(view.session()->inputs().scenario));
  }
};

}  // namespace comptoir::gui

QTEST_MAIN(comptoir::gui::DriversTest)
#include "drivers_test.moc"
