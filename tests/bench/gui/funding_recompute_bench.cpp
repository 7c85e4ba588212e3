// `make bench-gui`: how long the Funding mix tab takes from a driver's
// change to the new series drawn (the debounce included), on the
// demo book and forecast/scenarios/funding-base.toml (10,000 Monte Carlo
// paths), beside the computation alone. Prints a table of medians. Not a
// test: timings depend on the machine and its load.
#include <QApplication>
#include <QElapsedTimer>
#include <QSpinBox>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "document.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"
#include "gui/funding_view_support.hpp"
#include "main_window.hpp"
#include "support/demo_book.hpp"

namespace {

using comptoir::gui::Document;
using comptoir::gui::FundingSession;
using comptoir::gui::FundingView;
using comptoir::test::settled;

struct Timing {
  std::string measure;
  std::vector<qint64> ms;
};

void print(const std::vector<Timing>& timings, int changes) {
  std::printf("| measure (%d times) | median | min | max |\n|---|---|---|---|\n", changes);
  for (auto t : timings) {
    std::sort(t.ms.begin(), t.ms.end());
    std::printf("| %s | %lld ms | %lld ms | %lld ms |\n", t.measure.c_str(),
                static_cast<long long>(t.ms[t.ms.size() / 2]), static_cast<long long>(t.ms.front()),
                static_cast<long long>(t.ms.back()));
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (std::getenv("QT_QPA_PLATFORM") == nullptr) qputenv("QT_QPA_PLATFORM", "offscreen");
  // The offscreen platform's notes on window sizes are not the table's business.
  qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type != QtDebugMsg && type != QtInfoMsg && !message.contains(QLatin1String("propagateSizeHints"))) {
      std::fprintf(stderr, "%s\n", qPrintable(message));
    }
  });
  QApplication app(argc, argv);
  const int changes = argc > 1 ? std::atoi(argv[1]) : 21;
  const std::string scenario = std::string(COMPTOIR_SCENARIO_DIR) + "/funding-base.toml";
  const Document document(comptoir::test::shared_demo_book().string(), comptoir::Language::French);
  comptoir::gui::MainWindow window(document);
  window.show();
  if (!window.open_scenario(scenario).isEmpty()) return 1;
  FundingView& view = *window.funding_views().front();
  if (!settled(view)) return 1;
  auto* feasibility = qobject_cast<QSpinBox*>(view.driver_box("prestations[1].count"));

  Timing change{
      "driver change to new series drawn (debounce " + std::to_string(FundingSession::debounce_ms) + " ms included)",
      {}};
  Timing compute{"projection and Monte Carlo alone (Document::compute_funding)", {}};
  for (int i = 0; i < changes; ++i) {
    QElapsedTimer clock;
    clock.start();
    feasibility->setValue(feasibility->value() == 21 ? 25 : 21);
    if (!settled(view)) return 1;
    change.ms.push_back(clock.elapsed());
    clock.restart();
    (void)Document::compute_funding(view.session()->inputs(), document.labels());
    compute.ms.push_back(clock.elapsed());
  }
  std::printf("Funding mix tab, demo book, funding-base.toml, %lld Monte Carlo paths\n\n",
              static_cast<long long>(view.session()->inputs().scenario.runs));
  print({change, compute}, changes);
  return 0;
}
