// The drivers panel's funding lines: an amount's slider of change ("the
// Region cuts its grant by 30 %" in one move, relative to the file as
// opened or last saved), a save read back, a variant's marks, and lines
// added and removed. Each edit draws the figures of the same scenario
// read from an equivalent file, undo restores them exactly, and a refused
// edit changes nothing.
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>
#include <fstream>
#include <optional>

#include "display.hpp"
#include "event_timeline.hpp"
#include "funding_line_dialog.hpp"
#include "gui/drivers_support.hpp"
#include "gui/funding_view_support.hpp"

namespace comptoir::gui {
namespace {

using namespace drivers;
using test::read_text;
using test::settled;

// funding-base.toml without its [[funding]] line of `funder`.
std::string without_line(std::string text, const std::string& funder) {
  const auto at = text.find("funder = \"" + funder + "\"");
  const auto begin = text.rfind("[[funding]]", at);
  const auto end = text.find("\n[[", at);
  return text.erase(begin, end + 1 - begin);
}

const std::string fondation =
    "\n[[funding]]\nentity = \"AT\"\ncategory = \"private-aid\"\nfunder = \"Fondation de France\"\n"
    "amount = \"25000.00\"\n";

}  // namespace

class DriversFundingTest : public QObject {
  Q_OBJECT

 private:
  std::optional<test::GuiSession> session_;  // the book checked, the settings in a test folder

 private slots:
  void initTestCase() { session_.emplace("gui-drivers-funding-settings"); }
  void cleanupTestCase() { session_->check(); }

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
    const std::string election = test::scenario_file("funding-election-2026.toml");
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

  void the_slider_is_relative_to_the_file_as_last_saved() {
    const test::TempDir dir("gui-drivers-reference");
    const Document document(test::shared_demo_book().string(), Language::French);
    Opened o(document);
    FundingView& view = *o.view;
    QSlider* slider = view.driver_slider(region);
    drag(slider, -10, -30);
    QCOMPARE(view.slider_reference(region), Rational(80000));
    QVERIFY2(slider->toolTip().contains(QString::fromUtf8("80\u202f000,00")) ||
                 slider->toolTip().contains(QString::fromUtf8("80\u00a0000,00")),
             qPrintable(slider->toolTip()));
    // Saved: the file holds 56,000.00, the slider is at 0 from it.
    QCOMPARE(o.window.save_scenario(view, dir.file("cut.toml")), QString());
    QCOMPARE(view.slider_reference(region), Rational(56000));
    QCOMPARE(slider->value(), 0);
    qobject_cast<QDoubleSpinBox*>(view.driver_box(region))->setValue(61600);  // a new step: the file is saved
    QCOMPARE(slider->value(), 10);
    QTest::qWait(FundingView::merge_ms + 100);  // apart: not merged with the amount typed
    slider->setValue(-50);                      // a click on the groove: half the saved amount
    QCOMPARE(view.session()->driver_value(region), Rational(28000));
    QCOMPARE(view.undo_stack()->count(), 3);
    view.undo_stack()->undo();
    QCOMPARE(slider->value(), 10);
    view.undo_stack()->undo();
    QCOMPARE(view.session()->driver_value(region), Rational(56000));
    QCOMPARE(slider->value(), 0);
    view.undo_stack()->undo();  // before the save: the opened file's amount, +43 % from the saved one
    QCOMPARE(view.session()->driver_value(region), Rational(80000));
    QCOMPARE(slider->value(), 43);
    QVERIFY(settled(view));
  }

  void a_funding_line_is_added_and_removed_in_one_step_each() {
    const test::TempDir dir("gui-drivers-lines");
    const Document document(test::shared_demo_book().string(), Language::French);
    Opened o(document);
    FundingView& view = *o.view;
    QVERIFY(settled(view));
    const FundingChartData original = view.drawn();
    const std::string opened = text_of(view.session()->inputs().scenario);
    const std::string base_text = read_text(base_scenario);

    // Added through the dialog: OK only once the funder is named.
    view.add_line_button()->click();
    auto* dialog = dialog_of<FundingLineDialog>(view);
    QVERIFY(dialog != nullptr);
    QVERIFY(!ok_of(dialog)->isEnabled());
    dialog->funder()->setText(QStringLiteral("Fondation de France"));
    dialog->entity()->setCurrentText(QStringLiteral("AT"));
    QVERIFY(dialog->category()->findData(QStringLiteral("activity-sales")) < 0);  // an own resource
    dialog->category()->setCurrentIndex(dialog->category()->findData(QStringLiteral("private-aid")));
    dialog->amount()->setValue(25000);
    QVERIFY2(ok_of(dialog)->isEnabled(), qPrintable(dialog->refusal()));
    ok_of(dialog)->click();
    QCOMPARE(view.undo_stack()->count(), 1);
    QCOMPARE(view.session()->inputs().scenario.funding.size(), std::size_t{13});
    QCOMPARE(qobject_cast<QDoubleSpinBox*>(view.driver_box("funding[13].amount"))->value(), 25000.0);
    QCOMPARE(view.driver_slider("funding[13].amount")->value(), 0);
    QVERIFY(view.remove_line_button(12) != nullptr);
    QVERIFY(settled(view));
    const auto added = scenario_of_text(document, dir, "added.toml", base_text + fondation);
    QCOMPARE(text_of(view.session()->inputs().scenario), text_of(added));
    expect_figures_of(view, document, added);

    // Removed: the Région's line; the lines after it move up.
    view.remove_line_button(1)->click();
    QCOMPARE(view.undo_stack()->count(), 2);
    QCOMPARE(view.driver_label(region)->text(), QString::fromUtf8("EPCI partenaires (AT) : montant/an (€)"));
    QVERIFY(view.driver_box("funding[13].amount") == nullptr);
    QVERIFY(settled(view));
    const auto removed =
        scenario_of_text(document, dir, "removed.toml", without_line(base_text, "Région Grand Est") + fondation);
    QCOMPARE(text_of(view.session()->inputs().scenario), text_of(removed));
    expect_figures_of(view, document, removed);

    // Refused: a line an event names (Kronenbourg leaves), an amount below 0.
    forecast::FundingEvent leaves;
    leaves.kind = forecast::FundingEventKind::FunderLeaves;
    leaves.from = Date::from_ymd(2027, 1, 1);
    leaves.funder = "Kronenbourg";
    QVERIFY(view.edit_events({leaves}, QStringLiteral("leaves")).isEmpty());
    const std::string before_refusals = text_of(view.session()->inputs().scenario);
    const QString refused = view.remove_funding_line(7);  // Kronenbourg, now the 8th line
    QVERIFY2(refused.contains(QStringLiteral("no [[funding]] has funder 'Kronenbourg'")), qPrintable(refused));
    QVERIFY(view.add_funding_line({"AT", "private-aid", "X", Rational(-1)}).contains(QStringLiteral("negative")));
    QCOMPARE(view.undo_stack()->count(), 3);
    QCOMPARE(text_of(view.session()->inputs().scenario), before_refusals);
    QVERIFY(view.status().contains(QStringLiteral("cannot be negative")));

    // Undone: the file's scenario and figures exactly; redone: the removal's.
    while (view.undo_stack()->canUndo()) view.undo_stack()->undo();
    QCOMPARE(text_of(view.session()->inputs().scenario), opened);
    QCOMPARE(qobject_cast<QDoubleSpinBox*>(view.driver_box(region))->value(), 80000.0);
    QVERIFY(settled(view));
    expect_same_drawn(view.drawn(), original);
    view.undo_stack()->redo();
    view.undo_stack()->redo();
    QVERIFY(settled(view));
    expect_figures_of(view, document, removed);

    // Saved and read back: the same scenario, the same figures.
    const std::string saved = dir.file("saved.toml");
    QCOMPARE(o.window.save_scenario(view, saved), QString());
    QVERIFY(read_text(saved).find("Région Grand Est") == std::string::npos);
    QCOMPARE(text_of(forecast::load_funding_scenario(saved)), text_of(removed));
  }

  void a_variant_adds_a_line_and_cannot_remove_its_bases() {
    const test::TempDir dir("gui-drivers-variant-lines");
    const Document document(test::shared_demo_book().string(), Language::French);
    Opened o(document, test::scenario_file("funding-election-2026.toml"));
    FundingView& view = *o.view;
    QVERIFY(!view.remove_line_button(0)->isEnabled());
    QVERIFY(view.remove_funding_line(0).contains(QStringLiteral("cannot remove")));
    QCOMPARE(view.undo_stack()->count(), 0);
    QVERIFY(view.add_funding_line({"AT", "private-aid", "Fondation de France", Rational(25000)}).isEmpty());
    QVERIFY(view.marked_as_variant("funding[13].amount"));
    QVERIFY(!view.marked_as_variant(region));
    QVERIFY(view.remove_line_button(12)->isEnabled());  // its own line
    const std::string saved = dir.file("election-fondation.toml");
    QCOMPARE(o.window.save_scenario(view, saved), QString());
    const std::string text = read_text(saved);
    QVERIFY2(text.find("funder = \"Fondation de France\"\namount = \"25000.00\"") != std::string::npos, text.c_str());
    QVERIFY2(text.find("CD Gers") == std::string::npos, text.c_str());
    QCOMPARE(text_of(forecast::load_funding_scenario(saved)), text_of(view.session()->inputs().scenario));
    QVERIFY(settled(view));
    expect_figures_of(view, document, forecast::load_funding_scenario(saved));
  }
};

}  // namespace comptoir::gui

QTEST_MAIN(comptoir::gui::DriversFundingTest)
#include "drivers_funding_test.moc"
