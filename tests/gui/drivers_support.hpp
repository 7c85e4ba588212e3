// What the tests of the drivers panel share: a window with a scenario
// open on its combined scope, the engine's figures for a scenario held
// against what the view draws (the projection to the cent, the Monte
// Carlo's bands), two drawings compared, a scenario loaded as a file, a
// slider's drag and the dialogs the panel opens.
#pragma once

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSlider>
#include <QTest>
#include <fstream>
#include <string>

#include "document.hpp"
#include "forecast/funding_projection.hpp"
#include "forecast/scenario_edits.hpp"
#include "forecast/scenario_toml.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"
#include "gui/funding_view_support.hpp"
#include "gui/gui_test_support.hpp"
#include "main_window.hpp"
#include "support/temp_dir.hpp"

namespace comptoir::gui::drivers {

inline const std::string base_scenario = test::scenario_file("funding-base.toml");
inline const std::string region = "funding[2].amount";  // Région Grand Est, 80,000.00 a year

// The figures `view` draws for its scope (the combined one) are the ones
// the engine computes for `scenario`: the projection's result and cash to
// the cent, and the Monte Carlo's bands of compute_funding.
inline void expect_figures_of(const FundingView& view, const Document& document,
                              const forecast::FundingScenario& scenario) {
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

inline void expect_same_drawn(const FundingChartData& a, const FundingChartData& b) {
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

inline forecast::FundingScenario opened_scenario(const Document& document, const std::string& file = base_scenario) {
  return document.open_scenario(file).scenario;
}

// The scenario of `text` written as `name` in `dir` and read by the loader.
inline forecast::FundingScenario scenario_of_text(const Document& document, const test::TempDir& dir,
                                                  const std::string& name, const std::string& text) {
  std::ofstream(dir.file(name)) << text;
  return opened_scenario(document, dir.file(name));
}

// A file's words for a scenario, to compare two of them whole.
inline std::string text_of(const forecast::FundingScenario& scenario) {
  return forecast::write_funding_scenario(scenario);
}

// Every step undone: the scenario as the file was opened and its figures,
// exactly.
inline void expect_all_undone(FundingView& view, const std::string& opened, const FundingChartData& original) {
  while (view.undo_stack()->canUndo()) view.undo_stack()->undo();
  QCOMPARE(text_of(view.session()->inputs().scenario), opened);
  QVERIFY(test::settled(view));
  expect_same_drawn(view.drawn(), original);
}

inline void set(forecast::FundingScenario& s, const std::string& key, const Rational& value) {
  forecast::set_scenario_value(s, key, value);
}

// A slider dragged from where it is to `percent`, through `through`.
inline void drag(QSlider* slider, int through, int percent) {
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

inline QPushButton* ok_of(QDialog* dialog) {
  return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

}  // namespace comptoir::gui::drivers
