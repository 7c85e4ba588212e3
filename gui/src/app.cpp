// See app.hpp.
#include "app.hpp"

#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QPixmap>
#include <QTabWidget>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <map>
#include <memory>

#include "actuals_view.hpp"
#include "cafe_view.hpp"
#include "compare_view.hpp"
#include "core/error.hpp"
#include "display.hpp"
#include "document.hpp"
#include "forecast/scenario_toml.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"
#include "main_window.hpp"

namespace comptoir::gui {

std::string usage() {
  return "usage: comptoir-gui [--db FILE] [--lang fr|en] [--entity CODE] [--year YEAR] [--tab NAME]\n"
         "                    [--screenshot FILE.png] [SCENARIO.toml...]\n"
         "  SCENARIO.toml      funding-mix scenarios (forecast/scenarios/funding-*.toml), one tab each;\n"
         "                     café plans (forecast/scenarios/cafe-*.toml), a Café plan tab each; the\n"
         "                     first two to four of one kind (funding mixes first) side by side in Compare\n"
         "  --db FILE          the Comptoir book to show, read-only (default: $COMPTOIR_DB, else comptoir.db)\n"
         "  --lang fr|en       the language of the labels (default: fr)\n"
         "  --entity CODE      the entity shown first (AT, RES, combined; default: the first of the book),\n"
         "                     also the scope of the funding-mix tabs\n"
         "  --year YEAR        the fiscal year shown first (default: the latest)\n"
         "  --tab NAME         the tab shown first: actuals (default without scenarios), grants,\n"
         "                     cofinancing, guinguettes (pages of actuals), funding or risks (the\n"
         "                     last funding-mix scenario, its projection or its expenses and risks),\n"
         "                     compare or cafe (the last café plan)\n"
         "  --screenshot FILE  save the window (1280x800) as a PNG image and quit\n";
}

namespace {

// --tab's values: the tab, and the page of the Actuals tab.
const std::map<std::string, int> tab_names{{"actuals", 0},  {"grants", 1}, {"cofinancing", 2}, {"guinguettes", 3},
                                           {"funding", -1}, {"risks", -1}, {"compare", -1},    {"cafe", -1}};

}  // namespace

Options parse_options(const std::vector<std::string>& args, const char* db_from_environment) {
  Options o;
  o.db = db_from_environment != nullptr && *db_from_environment != '\0' ? db_from_environment : "comptoir.db";
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) throw Error(ErrorKind::InvalidInput, a + " needs a value");
      return args[++i];
    };
    if (a == "--help" || a == "-h") {
      o.help = true;
    } else if (a == "--db") {
      o.db = value();
    } else if (a == "--lang") {
      o.language = parse_language(value());
    } else if (a == "--screenshot") {
      o.screenshot = value();
    } else if (a == "--entity") {
      o.entity = value();
    } else if (a == "--year") {
      const std::string& y = value();
      try {
        std::size_t used = 0;
        o.year = std::stoi(y, &used);
        if (used != y.size()) throw std::invalid_argument(y);
      } catch (const std::exception&) {
        throw Error(ErrorKind::InvalidInput, "--year: '" + y + "' is not a year");
      }
    } else if (a == "--tab") {
      o.tab = value();
      if (tab_names.count(o.tab) == 0) {
        throw Error(ErrorKind::InvalidInput, "--tab: '" + o.tab +
                                                 "' is not actuals, grants, cofinancing, guinguettes, funding, "
                                                 "risks, compare or cafe");
      }
    } else if (!a.starts_with("-")) {
      o.scenarios.push_back(a);
    } else {
      throw Error(ErrorKind::InvalidInput, "unknown argument '" + a + "'");
    }
  }
  return o;
}

std::string open_error_message(const std::string& path, const std::string& reason, const Labels& labels) {
  return labels("gui.error.open", {{"file", path}}) + "\n" + reason;
}

namespace {

// Whether a dialog can be shown: a windowing system, not the offscreen or
// minimal platform (tests, scripts).
bool has_display() {
  const char* platform = std::getenv("QT_QPA_PLATFORM");
  if (platform != nullptr) {
    const std::string p = platform;
    if (p.starts_with("offscreen") || p.starts_with("minimal")) return false;
  }
  const char* x11 = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  return (x11 != nullptr && *x11 != '\0') || (wayland != nullptr && *wayland != '\0');
}

int refuse_book(int argc, char** argv, const std::string& message, const Labels& labels) {
  std::cerr << "comptoir-gui: " << message << "\n";
  if (has_display()) {
    QApplication app(argc, argv);
    QMessageBox::critical(nullptr, to_qstring(labels("gui.error.open.title")), to_qstring(message));
  }
  return exit_bad_book;
}

}  // namespace

int run(int argc, char** argv) {
  Options options;
  try {
    options = parse_options(std::vector<std::string>(argv + 1, argv + argc), std::getenv("COMPTOIR_DB"));
  } catch (const Error& e) {
    std::cerr << "comptoir-gui: " << e.what() << "\n" << usage();
    return exit_usage;
  }
  if (options.help) {
    std::cout << usage();
    return 0;
  }
  const Labels labels(options.language);
  std::unique_ptr<Document> document;
  try {
    document = std::make_unique<Document>(options.db, options.language);
  } catch (const std::exception& e) {
    return refuse_book(argc, argv, open_error_message(options.db, e.what(), labels), labels);
  }

  if (!has_display() && std::getenv("QT_QPA_PLATFORM") == nullptr) {
    if (options.screenshot.empty()) {
      std::cerr << "comptoir-gui: no display to show " << options.db
                << " on (DISPLAY and WAYLAND_DISPLAY are unset); --screenshot FILE works without one\n";
      return 1;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");  // a picture needs no screen
  }
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("Comptoir"));  // where QSettings keeps the recent files
  QApplication::setApplicationName(QStringLiteral("comptoir-gui"));
  MainWindow window(*document);
  if (!options.entity.empty() || options.year) {
    const auto choices = document->entity_choices();
    std::string entity = options.entity.empty() && !choices.empty() ? choices.front().code : options.entity;
    if (entity == "combined") entity.clear();
    const auto years = document->years(entity);
    const int year = options.year ? *options.year : (years.empty() ? 0 : years.back());
    if (!window.actuals()->select(entity, year)) {
      std::cerr << "comptoir-gui: " << options.db << " has no fiscal year " << year << " for entity '" << options.entity
                << "'\n";
      return exit_usage;
    }
  }
  for (const auto& scenario : options.scenarios) (void)window.open_scenario(scenario);
  if (!options.entity.empty()) {
    // The same scope in the funding-mix tabs.
    const QString scope = options.entity == "combined" ? QString::fromUtf8(forecast::combined_scope)
                                                       : QString::fromStdString(options.entity);
    for (FundingView* view : window.funding_views()) {
      const int index = view->scope_picker()->findData(scope);
      if (index >= 0) view->scope_picker()->setCurrentIndex(index);
    }
  }
  // The funding-mix scenarios given are compared (the first four), else the café plans.
  for (const auto kind : {forecast::ScenarioKind::Funding, forecast::ScenarioKind::Cafe}) {
    std::vector<std::string> compared;
    for (const auto& scenario : options.scenarios) {
      if (compared.size() < CompareView::max_files && forecast::scenario_kind_of_file(scenario) == kind) {
        compared.push_back(scenario);
      }
    }
    if (compared.size() >= 2) {
      (void)window.compare()->set_files(compared);
      break;
    }
  }
  // Scenarios open on the last one's tab (open_scenario shows it), unless --tab says another.
  const auto page = tab_names.find(options.tab);
  if (page != tab_names.end() && page->second >= 0) {
    window.tabs()->setCurrentIndex(0);
    window.actuals()->pages()->setCurrentIndex(page->second);
  } else if ((options.tab == "funding" || options.tab == "risks") && !window.funding_views().empty()) {
    window.tabs()->setCurrentWidget(window.funding_views().back());
    window.funding_views().back()->pages()->setCurrentIndex(options.tab == "risks" ? 1 : 0);
  } else if (options.tab == "cafe" && !window.cafe_views().empty()) {
    window.tabs()->setCurrentWidget(window.cafe_views().back());
  } else if (options.tab == "compare") {
    window.tabs()->setCurrentWidget(window.compare());
  }
  window.show();
  if (!options.screenshot.empty()) {
    // The picture shows the figures: wait for the scenarios' first results.
    for (FundingView* view : window.funding_views()) {
      while (!view->session()->figures() && view->session()->busy()) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
      }
      // And the tornado of a risks page shown (computed after the figures).
      while (view->session()->figures() && view->tornado_pending()) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
      }
    }
    QApplication::processEvents();
    if (!window.grab().save(QString::fromStdString(options.screenshot), "PNG")) {
      std::cerr << "comptoir-gui: cannot write " << options.screenshot << "\n";
      return 1;
    }
    return 0;
  }
  return QApplication::exec();
}

}  // namespace comptoir::gui
