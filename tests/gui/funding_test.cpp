// The "Funding mix" tab on the offscreen platform: opening the demo book
// with forecast/scenarios/funding-base.toml draws the series the engine
// computes (projection and Monte Carlo, to the cent); moving a driver
// recomputes off the GUI thread, debounced, and draws the engine's series
// for the changed scenario; a bad scenario is refused with the loader's
// message and changes nothing; the book's bytes stay as they were.
#include <QAbstractSpinBox>
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QMessageBox>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QUndoStack>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>

#include "app.hpp"
#include "display.hpp"
#include "document.hpp"
#include "forecast/funding_projection.hpp"
#include "forecast/sensitivity.hpp"
#include "funding_risk_page.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"
#include "gui/funding_view_support.hpp"
#include "gui/gui_test_support.hpp"
#include "main_window.hpp"
#include "support/demo_book.hpp"
#include "support/temp_dir.hpp"

namespace comptoir::gui {
namespace {

using test::book_path;
using test::run_app;
using test::settled;
using test::sha256_of;

const std::string base_scenario = std::string(COMPTOIR_SCENARIO_DIR) + "/funding-base.toml";

long long cents_of(double euros) {
  return std::llround(euros * 100);
}

template <typename T>
T* series_named(QChart* chart, const QString& name) {
  for (QAbstractSeries* s : chart->series()) {
    if (s->name() == name) return qobject_cast<T*>(s);
  }
  return nullptr;
}

// The charts of `view` (its picked scope) draw `expected`, to the cent.
void check_charts(const FundingView& view, const FundingChartData& expected, const Labels& t) {
  QCOMPARE(view.drawn().scope, expected.scope);
  // Resources by source: one bar set per source, one bar per year.
  const auto bars = view.resources_chart()->series();
  QCOMPARE(bars.size(), 1);
  auto* stacked = qobject_cast<QStackedBarSeries*>(bars.front());
  QVERIFY(stacked != nullptr);
  QCOMPARE(stacked->count(), static_cast<int>(expected.resources.size()));
  for (std::size_t s = 0; s < expected.resources.size(); ++s) {
    const ChartSeries& source = expected.resources[s];
    QBarSet* set = stacked->barSets().at(static_cast<int>(s));
    QCOMPARE(set->label(), to_qstring(source.name));
    QCOMPARE(set->count(), static_cast<int>(source.values.size()));
    for (std::size_t y = 0; y < source.values.size(); ++y) {
      QCOMPARE(cents_of(set->at(static_cast<int>(y))), static_cast<long long>(source.values[y].cents()));
    }
    const QString tip = view.resource_tooltip(static_cast<int>(s), 1);
    QVERIFY2(tip.endsWith(euros(source.values[1], t)), qPrintable(tip));
  }
  // Result and cash: the central line per year, the P5–P95 band and the P50 line per projected year.
  for (const bool cash : {false, true}) {
    QChart* chart = cash ? view.cash_chart() : view.result_chart();
    const ChartSeries& central = cash ? expected.cash : expected.result;
    auto* line = series_named<QLineSeries>(chart, to_qstring(t("gui.funding.central")));
    QVERIFY(line != nullptr);
    QCOMPARE(line->count(), static_cast<int>(central.values.size()));
    for (int i = 0; i < line->count(); ++i) {
      QCOMPARE(cents_of(line->at(i).y()), static_cast<long long>(central.values[static_cast<std::size_t>(i)].cents()));
    }
    auto* band = series_named<QAreaSeries>(chart, to_qstring(t("gui.funding.band")));
    auto* median = series_named<QLineSeries>(chart, to_qstring(t("gui.funding.p50")));
    QVERIFY(band != nullptr && median != nullptr);
    const ChartSeries& p5 = cash ? expected.cash_p5 : expected.result_p5;
    const ChartSeries& p50 = cash ? expected.cash_p50 : expected.result_p50;
    const ChartSeries& p95 = cash ? expected.cash_p95 : expected.result_p95;
    QVERIFY(!p5.values.empty());
    QCOMPARE(band->lowerSeries()->count(), static_cast<int>(p5.values.size()));
    for (std::size_t i = 0; i < p5.values.size(); ++i) {
      const int index = static_cast<int>(i);
      QCOMPARE(band->lowerSeries()->at(index).x(), std::stod(p5.x_labels[i]));
      QCOMPARE(cents_of(band->lowerSeries()->at(index).y()), static_cast<long long>(p5.values[i].cents()));
      QCOMPARE(cents_of(band->upperSeries()->at(index).y()), static_cast<long long>(p95.values[i].cents()));
      QCOMPARE(cents_of(median->at(index).y()), static_cast<long long>(p50.values[i].cents()));
    }
    const QString tip = view.band_tooltip(cash, 1);
    QVERIFY2(tip.contains(euros(central.values[1], t)) && tip.contains(euros(p50.values[0], t)), qPrintable(tip));
  }
  // Own-resources share, in percent.
  auto* share = series_named<QLineSeries>(view.share_chart(), to_qstring(t("gui.funding.share")));
  QVERIFY(share != nullptr);
  QCOMPARE(share->count(), static_cast<int>(expected.own_share.size()));
  for (int i = 0; i < share->count(); ++i) {
    const double exact = static_cast<double>(expected.own_share[static_cast<std::size_t>(i)] * 100);
    QVERIFY(std::abs(share->at(i).y() - exact) < 1e-9);
  }
  QVERIFY(view.share_tooltip(0).endsWith(QString::fromUtf8("\u00a0%")));
}

}  // namespace

class FundingTest : public QObject {
  Q_OBJECT

 private:
  std::optional<test::BookUnchanged> book_;

 private slots:
  void initTestCase() { book_.emplace(); }

  void cleanupTestCase() { book_->check(); }

  void the_funding_tab_shows_the_engine_figures() {
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    QCOMPARE(window.open_scenario(base_scenario), QString());
    QCOMPARE(window.tabs()->count(), 3);  // Actuals, the scenario, Compare
    QCOMPARE(window.tabs()->currentIndex(), 1);
    QVERIFY(window.tabs()->tabText(1).startsWith(QStringLiteral("Plan de financement")));
    FundingView& view = *window.funding_views().front();
    QVERIFY(settled(view));

    // What the engine computes, on the test's own inputs.
    const FundingInputs inputs = document.open_scenario(base_scenario);
    const auto projection = forecast::project_funding(inputs.scenario, *inputs.actuals, *inputs.rules);
    const forecast::MonteCarloOptions options{inputs.scenario.runs, inputs.scenario.seed, 2,
                                              inputs.scenario.cash_threshold};
    QCOMPARE(options.runs, 10000);
    const auto mc = forecast::run_monte_carlo(inputs.scenario, *inputs.actuals, *inputs.rules, options);
    const Labels& t = document.labels();
    QCOMPARE(view.scope_picker()->count(), static_cast<int>(projection.scopes.size()));
    for (int i = 0; i < view.scope_picker()->count(); ++i) {
      view.scope_picker()->setCurrentIndex(i);
      const std::string scope = view.scope_picker()->currentData().toString().toStdString();
      const auto& expected_scope = projection.scope(scope);
      check_charts(view, funding_chart_data(expected_scope, &mc.scope(scope), t), t);
      // The report's exact figures, independently of funding_chart_data.
      QCOMPARE(view.drawn().result.values.back(), expected_scope.years.back().result());
      QCOMPARE(view.drawn().cash_p50.values.back(), mc.scope(scope).years.back().cash.p50);
    }
  }

  void the_risk_page_shows_the_engines_expenses_shares_risks_and_tornado() {
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    QCOMPARE(window.open_scenario(base_scenario), QString());
    FundingView& view = *window.funding_views().front();
    QVERIFY(settled(view));
    view.scope_picker()->setCurrentIndex(view.scope_picker()->count() - 1);  // combined
    // The tornado is computed apart, for the page shown.
    QVERIFY(!view.tornado_pending());
    QVERIFY(!view.risk_page()->tornado().has_value());
    view.pages()->setCurrentIndex(1);
    QVERIFY(view.tornado_pending());
    QVERIFY(QTest::qWaitFor([&] { return !view.tornado_pending(); }, 120000));
    const FundingInputs inputs = document.open_scenario(base_scenario);
    const auto projection = forecast::project_funding(inputs.scenario, *inputs.actuals, *inputs.rules);
    const forecast::MonteCarloOptions options{inputs.scenario.runs, inputs.scenario.seed, 2,
                                              inputs.scenario.cash_threshold};
    const auto mc = forecast::run_monte_carlo(inputs.scenario, *inputs.actuals, *inputs.rules, options);
    const auto sensitivity = forecast::compute_sensitivity(inputs.scenario, *inputs.actuals, *inputs.rules);
    const auto& scope = projection.scope(forecast::combined_scope);
    const FundingRiskPage& page = *view.risk_page();
    const FundingRiskData& data = page.data();
    const Labels& t = document.labels();
    QCOMPARE(data.scope, std::string(forecast::combined_scope));
    // Expenses by category: each category's amount per year, as the projection.
    for (std::size_t k = 0; k < scope.years.size(); ++k) {
      for (const auto& line : scope.years[k].expenses) {
        const auto it = std::find_if(data.expenses.begin(), data.expenses.end(),
                                     [&](const ChartSeries& s) { return s.name == line.label_fr; });
        QVERIFY(it != data.expenses.end());
        QCOMPARE(it->values[k], line.amount);
      }
      QCOMPARE(data.own_share[k], scope.years[k].own_share());
      QCOMPARE(data.largest_share[k], scope.years[k].largest_funder_share());
      QCOMPARE(data.largest_funder[k], scope.years[k].largest_funder);
    }
    auto* stacked = qobject_cast<QStackedBarSeries*>(page.expenses_chart()->series().front());
    QVERIFY(stacked != nullptr);
    QCOMPARE(stacked->count(), static_cast<int>(data.expenses.size()));
    QVERIFY(page.expense_tooltip(0, 1).endsWith(euros(data.expenses[0].values[1], t)));
    QVERIFY(page.share_tooltip(1).contains(QString::fromStdString(scope.years[1].largest_funder)));
    // Risks: the Monte Carlo's probabilities per projected year.
    const auto& years = mc.scope(forecast::combined_scope).years;
    QCOMPARE(data.deficit.size(), years.size());
    auto* risk = qobject_cast<QBarSeries*>(page.risk_chart()->series().front());
    QVERIFY(risk != nullptr);
    for (std::size_t k = 0; k < years.size(); ++k) {
      QCOMPARE(data.deficit[k], years[k].deficit_probability());
      QCOMPARE(data.below_threshold[k], years[k].below_threshold_probability());
      const double exact = static_cast<double>(years[k].deficit_probability() * 100);
      QVERIFY(std::abs(risk->barSets().at(0)->at(static_cast<int>(k)) - exact) < 1e-9);
    }
    QVERIFY(page.risk_tooltip(0).contains(euros(inputs.scenario.cash_threshold, t)));
    // Tornado: the sensitivity's rows, largest swing first.
    QVERIFY(page.tornado().has_value());
    const TornadoData& tornado = *page.tornado();
    QCOMPARE(tornado.base, sensitivity.base);
    QCOMPARE(tornado.bars.size(), std::min<std::size_t>(10, sensitivity.rows.size()));
    QCOMPARE(tornado.drivers, sensitivity.rows.size());
    QVERIFY(!tornado.bars.empty());
    for (std::size_t i = 0; i < tornado.bars.size(); ++i) {
      QCOMPARE(tornado.bars[i].driver, sensitivity.rows[i].label);
      QCOMPARE(tornado.bars[i].at_low, sensitivity.rows[i].at_low);
      QCOMPARE(tornado.bars[i].at_high, sensitivity.rows[i].at_high);
      QCOMPARE(tornado.bars[i].low_change + sensitivity.base, sensitivity.rows[i].at_low);
    }
    QVERIFY(page.tornado_tooltip(0).contains(euros(sensitivity.rows[0].at_high, t)));
  }

  void moving_a_driver_draws_the_engines_series_for_the_changed_scenario() {
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    QCOMPARE(window.open_scenario(base_scenario), QString());
    FundingView& view = *window.funding_views().front();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(settled(view));
    view.scope_picker()->setCurrentIndex(view.scope_picker()->count() - 1);  // combined
    const Money before = view.drawn().result.values.back();

    QSignalSpy computed(view.session(), &FundingSession::computed);
    auto* inflation = qobject_cast<QDoubleSpinBox*>(view.driver_box("inflation"));
    QVERIFY(inflation != nullptr);
    QCOMPARE(inflation->value(), 2.0);
    QCOMPARE(inflation->suffix(), QString::fromUtf8("\u00a0%"));
    auto* feasibility = qobject_cast<QSpinBox*>(view.driver_box("prestations[1].count"));
    QVERIFY(feasibility != nullptr);
    QCOMPARE(feasibility->value(), 21);
    // Three quick edits: one recomputation, after the last.
    inflation->setValue(3.0);
    inflation->setValue(3.5);
    feasibility->setValue(30);
    QVERIFY(view.session()->busy());
    QVERIFY(settled(view));
    QCOMPARE(computed.count(), 1);

    FundingInputs changed = document.open_scenario(base_scenario);
    changed.scenario.set_driver(*changed.scenario.find_driver("inflation"), Rational(35, 1000));
    changed.scenario.set_driver(*changed.scenario.find_driver("prestations[1].count"), Rational(30));
    QCOMPARE(view.session()->driver_value("inflation"), Rational(35, 1000));
    const FundingFigures expected = Document::compute_funding(changed, document.labels());
    check_charts(view, expected.scopes.back(), document.labels());
    QVERIFY(view.drawn().result.values.back() != before);

    // A stale result never overwrites a newer one: a computation started
    // now (the inflation back to 2 %) is still in flight, or done, when the
    // next edit comes; only the latest edit's figures are shown.
    computed.clear();
    inflation->setValue(2.0);
    view.session()->recompute();
    const auto stale = view.session()->requested();
    feasibility->setValue(21);
    QVERIFY(settled(view));
    QVERIFY(view.session()->shown() > stale);
    QCOMPARE(computed.count(), 1);
    const FundingFigures original = Document::compute_funding(document.open_scenario(base_scenario), document.labels());
    check_charts(view, original.scopes.back(), document.labels());
  }

  void undo_restores_the_series_exactly_and_redo_replays_them() {
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    QCOMPARE(window.open_scenario(base_scenario), QString());
    FundingView& view = *window.funding_views().front();
    QVERIFY(settled(view));
    view.scope_picker()->setCurrentIndex(view.scope_picker()->count() - 1);  // combined
    const FundingChartData original = view.drawn();
    QVERIFY(!view.undo_stack()->canUndo());

    auto* inflation = qobject_cast<QDoubleSpinBox*>(view.driver_box("inflation"));
    auto* recruitment = qobject_cast<QSpinBox*>(view.driver_box("prestations[2].count"));
    inflation->setValue(2.5);
    inflation->setValue(3.0);  // the same driver at once: one step
    recruitment->setValue(20);
    QVERIFY(settled(view));
    QCOMPARE(view.undo_stack()->count(), 2);
    const FundingChartData changed = view.drawn();
    QVERIFY(changed.result.values != original.result.values);

    view.undo_stack()->undo();
    QCOMPARE(recruitment->value(), 38);
    QCOMPARE(inflation->value(), 3.0);
    view.undo_stack()->undo();
    QCOMPARE(inflation->value(), 2.0);
    QCOMPARE(view.session()->driver_value("inflation"), Rational(2, 100));
    QVERIFY(settled(view));
    check_charts(view, original, document.labels());
    QCOMPARE(view.drawn().cash_p50.values, original.cash_p50.values);

    view.undo_stack()->redo();
    view.undo_stack()->redo();
    QCOMPARE(recruitment->value(), 20);
    QVERIFY(settled(view));
    check_charts(view, changed, document.labels());
  }

  void a_bad_scenario_shows_the_error_and_changes_nothing() {
    const test::TempDir dir("gui-bad-scenario");
    const std::string bad = dir.file("funding-bad.toml");
    {
      std::ifstream in(base_scenario);
      std::stringstream text;
      text << in.rdbuf();
      std::string toml = text.str();
      toml.replace(toml.find("years = 5"), 9, "years = 5\ncolour = \"bleu\"");
      std::ofstream(bad) << toml;
    }
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    QCOMPARE(window.open_scenario(base_scenario), QString());
    FundingView& view = *window.funding_views().front();
    QVERIFY(settled(view));
    const FundingChartData shown = view.drawn();
    const int tab = window.tabs()->currentIndex();

    const QString error = window.open_scenario(bad);
    QVERIFY2(error.contains(QString::fromStdString(bad) + QStringLiteral(":")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("colour")), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("Impossible d'ouvrir le scénario")), qPrintable(error));
    auto* box = window.findChild<QMessageBox*>();
    QVERIFY(box != nullptr);
    QCOMPARE(box->text(), error);
    QCOMPARE(window.tabs()->count(), 3);
    QCOMPARE(window.tabs()->currentIndex(), tab);
    QCOMPARE(window.funding_views().size(), 1);
    QCOMPARE(view.drawn().result.values, shown.result.values);
    QVERIFY(!view.session()->busy());
  }

  void the_app_draws_the_funding_tab_and_survives_a_bad_scenario() {
    const test::TempDir dir("gui-funding-screenshot");
    const QString png = QString::fromStdString(dir.file("funding.png"));
    const std::string bad = dir.file("broken.toml");
    std::ofstream(bad) << "name = \"x\"\nbase_year = [2025\n";
    const auto [code, err] = run_app({QStringLiteral("--db"), book_path(), QStringLiteral("--tab"),
                                      QStringLiteral("funding"), QStringLiteral("--screenshot"), png,
                                      QString::fromStdString(base_scenario), QString::fromStdString(bad)});
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(err.contains(QString::fromStdString(bad) + QStringLiteral(":2:")), qPrintable(err));
    test::expect_drawn(png, QSize(1280, 800));
  }
};

}  // namespace comptoir::gui

QTEST_MAIN(comptoir::gui::FundingTest)
#include "funding_test.moc"
