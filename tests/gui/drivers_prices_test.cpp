// The drivers panel's prices and Guinguette tours: a prestation's price
// (box and slider in euros) and its growth, a tour's takings per date (box
// and slider), gross margin and growth. Each edit draws the figures of the
// same scenario read from an equivalent file, a drag is one step, undo
// restores the figures exactly, a value the file could not hold changes
// nothing, a save reads back as the same scenario, a variant writes only
// what it changes.
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>
#include <optional>

#include "display.hpp"
#include "gui/drivers_support.hpp"
#include "gui/funding_view_support.hpp"

namespace comptoir::gui {
namespace {

using namespace drivers;
using test::read_text;
using test::settled;

QDoubleSpinBox* box(const FundingView& view, const std::string& key) {
  return qobject_cast<QDoubleSpinBox*>(view.driver_box(key));
}

// A variant of funding-base.toml holding `body`.
std::string variant(const std::string& body) {
  return "base = \"" + base_scenario + "\"\n" + body;
}

}  // namespace

class DriversPricesTest : public QObject {
  Q_OBJECT

 private:
  std::optional<test::GuiSession> session_;  // the book checked, the settings in a test folder

 private slots:
  void initTestCase() { session_.emplace("gui-drivers-prices-settings"); }
  void cleanupTestCase() { session_->check(); }

  void the_panel_shows_prices_takings_margins_and_growths_with_their_units() {
    const Document document(test::shared_demo_book().string(), Language::French);
    Opened o(document);
    FundingView& view = *o.view;
    QCOMPARE(box(view, "prestations[1].price")->value(), 3200.0);
    QCOMPARE(view.driver_label("prestations[1].price")->text(),
             QString::fromUtf8("Études de préfiguration : prix HT (€)"));
    QCOMPARE(view.driver_slider("prestations[1].price")->value(), 0);
    QCOMPARE(box(view, "prestations[1].price_growth")->value(), 2.0);
    QVERIFY(view.driver_label("prestations[1].price_growth")->text().endsWith(QStringLiteral("(%)")));
    QCOMPARE(box(view, "tours[2].takings_per_date")->value(), 2669.47);
    QCOMPARE(view.driver_label("tours[2].takings_per_date")->text(),
             QString::fromUtf8("Guinguette Picardie : recette HT/date (€)"));
    QVERIFY(view.distribution_button("tours[2].takings_per_date")->toolTip().contains(QStringLiteral("Normale")));
    QCOMPARE(box(view, "tours[1].margin")->value(), 65.0);
    QCOMPARE(box(view, "tours[1].margin")->maximum(), 99.9);  // a margin stays below 100 %
    QCOMPARE(box(view, "tours[2].growth")->value(), 1.0);
  }

  void tours_takings_margin_and_growth_draw_the_figures_of_the_same_file() {
    const test::TempDir dir("gui-drivers-tours");
    const Document document(test::shared_demo_book().string(), Language::French);
    Opened o(document);
    FundingView& view = *o.view;
    QVERIFY(settled(view));
    const FundingChartData original = view.drawn();
    const std::string opened = text_of(view.session()->inputs().scenario);

    drag(view.driver_slider("tours[2].takings_per_date"), -5, -10);
    QCOMPARE(view.undo_stack()->count(), 1);                                                     // one drag, one step
    QCOMPARE(view.session()->driver_value("tours[2].takings_per_date"), Rational(240252, 100));  // rounded to the cent
    QCOMPARE(box(view, "tours[2].takings_per_date")->value(), 2402.52);
    box(view, "tours[1].margin")->setValue(62);
    box(view, "tours[2].growth")->setValue(2.5);
    QCOMPARE(view.undo_stack()->count(), 3);
    QVERIFY(settled(view));
    const auto file = scenario_of_text(
        document, dir, "tours.toml",
        variant("[[tours]]\nname = \"Grand Est\"\n"
                "margin = { dist = \"triangular\", min = \"57%\", mode = \"62%\", max = \"67%\" }\n"
                "[[tours]]\nname = \"Picardie\"\n"
                "takings_per_date = { dist = \"normal\", mean = \"2402.52\", sd = \"400\" }\ngrowth = \"2.5%\"\n"));
    QCOMPARE(text_of(view.session()->inputs().scenario), text_of(file));
    expect_figures_of(view, document, file);
    QVERIFY(view.drawn().result.values != original.result.values);

    // Refused, nothing changes: a margin of 100 %, a margin whose spread
    // would fall below 0, takings of an uncertain tour at 0.
    const std::string before = text_of(view.session()->inputs().scenario);
    QVERIFY(view.edit_driver("tours[2].margin", Rational(1)).contains(QStringLiteral("below 100 %")));
    box(view, "tours[1].margin")->setValue(3);  // 60 % - 65 % + 3 %: a minimum below 0
    QCOMPARE(box(view, "tours[1].margin")->value(), 62.0);
    QVERIFY2(view.status().contains(QStringLiteral("below 0")), qPrintable(view.status()));
    view.driver_slider("tours[2].takings_per_date")->setValue(-100);
    QVERIFY2(view.status().contains(QStringLiteral("non-zero mean")), qPrintable(view.status()));
    QCOMPARE(view.driver_slider("tours[2].takings_per_date")->value(), -10);
    QCOMPARE(view.undo_stack()->count(), 3);
    QCOMPARE(text_of(view.session()->inputs().scenario), before);

    // Saved and read back; then undone: the file's figures exactly.
    const std::string saved = dir.file("saved.toml");
    QCOMPARE(o.window.save_scenario(view, saved), QString());
    QVERIFY2(read_text(saved).find("takings_per_date = { dist = \"normal\", mean = \"2402.52\", sd = \"400.00\" }") !=
                 std::string::npos,
             read_text(saved).c_str());
    QCOMPARE(text_of(forecast::load_funding_scenario(saved)), before);
    expect_all_undone(view, opened, original);
  }

  void prestation_prices_draw_the_figures_of_the_same_file() {
    const test::TempDir dir("gui-drivers-prices");
    const Document document(test::shared_demo_book().string(), Language::French);
    Opened o(document);
    FundingView& view = *o.view;
    QVERIFY(settled(view));
    const FundingChartData original = view.drawn();
    const std::string opened = text_of(view.session()->inputs().scenario);

    box(view, "prestations[1].price")->setValue(3500);
    QCOMPARE(view.driver_slider("prestations[1].price")->value(), 9);  // +9.4 % of 3,200.00
    drag(view.driver_slider("prestations[2].price"), 5, 10);
    QCOMPARE(view.session()->driver_value("prestations[2].price"), Rational(1540));
    box(view, "prestations[1].price_growth")->setValue(3);
    QCOMPARE(view.undo_stack()->count(), 3);
    QVERIFY(settled(view));
    const auto file = scenario_of_text(document, dir, "prices.toml",
                                       variant("[[prestations]]\ntype = \"feasibility\"\nprice = \"3500.00\"\n"
                                               "price_growth = \"3%\"\n"
                                               "[[prestations]]\ntype = \"recruitment\"\nprice = \"1540.00\"\n"));
    QCOMPARE(text_of(view.session()->inputs().scenario), text_of(file));
    expect_figures_of(view, document, file);
    QVERIFY(view.drawn().result.values != original.result.values);

    // A price below 0 is refused: no step, nothing changed.
    const std::string before = text_of(view.session()->inputs().scenario);
    QVERIFY(view.edit_driver("prestations[3].price", Rational(-1)).contains(QStringLiteral("negative")));
    QCOMPARE(view.undo_stack()->count(), 3);
    QCOMPARE(text_of(view.session()->inputs().scenario), before);

    const std::string saved = dir.file("saved.toml");
    QCOMPARE(o.window.save_scenario(view, saved), QString());
    QCOMPARE(text_of(forecast::load_funding_scenario(saved)), before);
    expect_all_undone(view, opened, original);
  }

  void a_variant_marks_and_saves_only_the_prices_it_changes() {
    const test::TempDir dir("gui-drivers-prices-variant");
    const Document document(test::shared_demo_book().string(), Language::French);
    Opened o(document, test::scenario_file("funding-election-2026.toml"));
    FundingView& view = *o.view;
    box(view, "tours[1].margin")->setValue(63);
    box(view, "prestations[2].price")->setValue(1500);
    QVERIFY(view.marked_as_variant("tours[1].margin"));
    QVERIFY(view.driver_label("prestations[2].price")->text().startsWith(QString::fromUtf8("◆ ")));
    QVERIFY(!view.marked_as_variant("tours[2].margin"));
    const std::string saved = dir.file("election-prices.toml");
    QCOMPARE(o.window.save_scenario(view, saved), QString());
    const std::string text = read_text(saved);
    QVERIFY2(text.find("type = \"recruitment\"\nprice = \"1500.00\"") != std::string::npos, text.c_str());
    QVERIFY2(text.find("name = \"Grand Est\"\nmargin = { dist = \"triangular\", min = \"58%\", mode = \"63%\", "
                       "max = \"68%\" }") != std::string::npos,
             text.c_str());
    QVERIFY2(text.find("Picardie") == std::string::npos, text.c_str());  // the base's, unchanged
    QVERIFY2(text.find("feasibility") == std::string::npos, text.c_str());
    QCOMPARE(text_of(forecast::load_funding_scenario(saved)), text_of(view.session()->inputs().scenario));
    QVERIFY(settled(view));
  }
};

}  // namespace comptoir::gui

QTEST_MAIN(comptoir::gui::DriversPricesTest)
#include "drivers_prices_test.moc"
