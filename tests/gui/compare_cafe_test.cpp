// The Compare and Café plan tabs on the offscreen platform: the Compare
// table's differences are the scenarios' results (and cash) as `comptoir
// forecast compare` prints them, less the base's; its charts draw them; a
// bad file is refused and changes nothing. A café plan shows the figures
// of `comptoir forecast cafe` (its SIG and financing tables to the byte,
// as CSV) and draws its month-end cash and break-even.
#include <QProcess>
#include <QTabWidget>
#include <QtTest>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "actuals_view.hpp"
#include "cafe_view.hpp"
#include "compare_view.hpp"
#include "display.hpp"
#include "document.hpp"
#include "gui/gui_test_support.hpp"
#include "line_chart.hpp"
#include "lines_dialog.hpp"
#include "main_window.hpp"
#include "render/table_sequence.hpp"
#include "series_chart.hpp"
#include "support/temp_dir.hpp"
#include "table_model.hpp"

namespace comptoir::gui {
namespace {

using test::book_path;

const std::string scenario_dir = COMPTOIR_SCENARIO_DIR;
std::string scenario(const char* name) {
  return scenario_dir + "/" + name + ".toml";
}

// `comptoir --db BOOK --format csv ARGS…`: its output ("" when it fails).
QString cli_csv(const QStringList& args) {
  QProcess p;
  p.start(QStringLiteral(COMPTOIR_BINARY),
          QStringList{QStringLiteral("--db"), book_path(), QStringLiteral("--format"), QStringLiteral("csv")} + args);
  if (!p.waitForFinished(120000) || p.exitCode() != 0) {
    qWarning("%s", p.readAllStandardError().constData());
    return {};
  }
  return QString::fromUtf8(p.readAllStandardOutput());
}

// A table as `--format csv` writes it.
QString csv_of(const TableData& table, const Labels& t) {
  std::ostringstream out;
  write_tables({table}, OutputFormat::Csv, out, t);
  return QString::fromStdString(out.str());
}

Money cents_at(const TableModel& model, int row, int column) {
  return Money::from_cents(model.data(model.index(row, column), Qt::UserRole).toLongLong());
}

}  // namespace

class CompareCafeTest : public QObject {
  Q_OBJECT

 private:
  std::optional<test::BookUnchanged> book_;
  std::unique_ptr<Document> document_;

 private slots:
  void initTestCase() {
    book_.emplace();
    document_ = std::make_unique<Document>(test::shared_demo_book().string(), Language::French);
  }

  void cleanupTestCase() {
    document_.reset();
    book_->check();
  }

  void the_differences_are_the_scenarios_results_less_the_base() {
    MainWindow window(*document_);
    CompareView& view = *window.compare();
    const std::vector<std::string> files{scenario("funding-base"), scenario("funding-sponsor-leaves"),
                                         scenario("funding-election-2026")};
    QCOMPARE(view.set_files(files), QString());
    // The CLI's comparison: rows result per year, then cash per year; a column per scenario.
    const QString out = cli_csv({"forecast", "compare", QString::fromStdString(files[0]),
                                 QString::fromStdString(files[1]), QString::fromStdString(files[2])});
    const QStringList lines = out.split(QStringLiteral("\n\n")).front().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto& years = view.comparison().outcomes.front().projection.scope(forecast::combined_scope).years;
    const int n = static_cast<int>(years.size());
    QVERIFY(lines.size() > 2 * n);
    const TableModel& differences = *view.differences_model();
    QCOMPARE(differences.columnCount(), 4);  // line, base, two differences
    for (int row = 0; row < 2 * n; ++row) {
      const QStringList fields = lines[row + 1].split(QLatin1Char(','));
      const Money base = Money::parse(fields[1].toStdString());
      QCOMPARE(cents_at(differences, row, 1), base);
      for (int s = 2; s <= 3; ++s) {
        QCOMPARE(cents_at(differences, row, s), Money::parse(fields[s].toStdString()) - base);
      }
    }
    // The charts overlay the same figures, one line per scenario.
    QCOMPARE(view.result_chart()->legend_texts().size(), 3);
    for (int s = 0; s < 3; ++s) {
      const auto& scope =
          view.comparison().outcomes[static_cast<std::size_t>(s)].projection.scope(forecast::combined_scope);
      for (int k = 0; k < n; ++k) {
        const auto& y = scope.years[static_cast<std::size_t>(k)];
        QCOMPARE(view.result_chart()->series()[static_cast<std::size_t>(s)].values[static_cast<std::size_t>(k)],
                 y.result());
        QCOMPARE(view.cash_chart()->point_value(s, k), chart_value(y.year_end_cash));
        QCOMPARE(view.resources_chart()->point_value(s, k), chart_value(y.total_resources));
      }
    }
    const Labels t(Language::French);
    QVERIFY(view.cash_chart()->tooltip(1, 1).endsWith(euros(view.comparison().cash[1].values[1], t)));
    // Removing the second leaves the first and the third.
    view.remove_file(1);
    QCOMPARE(view.comparison().files.size(), std::size_t{2});
    QCOMPARE(view.comparison().files[1], files[2]);
    QCOMPARE(view.differences_model()->columnCount(), 3);
  }

  void a_bad_file_is_refused_and_the_comparison_stays() {
    const test::TempDir dir("gui-compare-bad");
    const std::string bad = dir.file("bad.toml");
    std::ofstream(bad) << "name = \"x\"\nbase_year = 2025\ncolour = 1\n";
    MainWindow window(*document_);
    CompareView& view = *window.compare();
    QCOMPARE(view.set_files({scenario("funding-base"), scenario("funding-sponsor-leaves")}), QString());
    const auto before = view.comparison().result;
    const QString error = view.add_file(bad);
    QVERIFY2(error.contains(QString::fromStdString(bad)), qPrintable(error));
    QCOMPARE(view.comparison().files.size(), std::size_t{2});
    QCOMPARE(view.comparison().result[1].values, before[1].values);
    std::vector<std::string> five(5, scenario("funding-base"));
    QVERIFY(!view.set_files(five).isEmpty());
    QCOMPARE(view.comparison().files.size(), std::size_t{2});
  }

  void cafe_plans_compare_side_by_side() {
    MainWindow window(*document_);
    CompareView& view = *window.compare();
    const std::vector<std::string> files{scenario("cafe-associatif"), scenario("cafe-entrepreneurial"),
                                         scenario("cafe-itinerant")};
    QCOMPARE(view.set_files(files), QString());
    QVERIFY(view.comparison().cafe);
    const Labels t(Language::French);
    // The table `forecast compare` prints first, to the byte.
    const QString out = cli_csv({"forecast", "compare", QString::fromStdString(files[0]),
                                 QString::fromStdString(files[1]), QString::fromStdString(files[2])});
    QCOMPARE(csv_of(view.comparison().table, t), out.split(QStringLiteral("\n\n")).front() + QStringLiteral("\n"));
    // The differences: each plan's figure less the first's, per plan year.
    const auto& plans = view.comparison().plans;
    const std::size_t years = plans.front().years.size();
    const TableModel& differences = *view.differences_model();
    for (std::size_t k = 0; k < years; ++k) {
      const int revenue = static_cast<int>(k);
      const int result = static_cast<int>(years + k);
      QCOMPARE(cents_at(differences, revenue, 1), plans[0].years[k].lines.revenue());
      for (int s = 1; s <= 2; ++s) {
        const auto& other = plans[static_cast<std::size_t>(s)];
        if (k >= other.years.size()) continue;
        QCOMPARE(cents_at(differences, revenue, s + 1),
                 other.years[k].lines.revenue() - plans[0].years[k].lines.revenue());
        QCOMPARE(cents_at(differences, result, s + 1),
                 other.years[k].lines.net_result - plans[0].years[k].lines.net_result);
      }
    }
    QCOMPARE(view.result_chart()->series()[2].values.front(), plans[2].years.front().lines.net_result);
    QCOMPARE(view.result_chart()->title(), QStringLiteral("Résultat net par année du plan"));
    // One kind at a time: a funding mix among café plans is refused, named.
    const QString error = view.add_file(scenario("funding-base"));
    QVERIFY2(error.contains(QString::fromStdString(scenario("funding-base"))), qPrintable(error));
    QCOMPARE(view.comparison().files, files);
  }

  void the_cafe_plan_shows_the_cli_figures() {
    MainWindow window(*document_);
    const std::string file = scenario("cafe-associatif");
    QCOMPARE(window.open_scenario(file), QString());  // told apart from a funding mix by its content
    QCOMPARE(window.cafe_views().size(), 1);
    CafeView& view = *window.cafe_views().front();
    QCOMPARE(window.tabs()->currentWidget(), &view);
    QCOMPARE(window.tabs()->widget(window.tabs()->count() - 1), window.compare());  // Compare stays last
    const Labels t(Language::French);
    // The SIG table and the financing plan, as the CLI writes them.
    QCOMPARE(csv_of(view.summary_model()->table(), t),
             cli_csv({"forecast", "cafe", QString::fromStdString(file), "--table", "summary"}));
    QCOMPARE(csv_of(view.financing_model()->table(), t),
             cli_csv({"forecast", "cafe", QString::fromStdString(file), "--table", "financing"}));
    // The month-end cash curve: the cash plan's closing of each month.
    const QString cash = cli_csv({"forecast", "cafe", QString::fromStdString(file), "--table", "cash"});
    const QStringList rows = cash.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList heading = rows.front().split(QLatin1Char(','));
    const auto closing = heading.indexOf(QStringLiteral("closing"));
    QVERIFY(closing > 0);
    const ChartSeries& curve = view.cash_chart()->series().front();
    QCOMPARE(static_cast<qsizetype>(curve.values.size()), rows.size() - 1);
    for (qsizetype i = 1; i < rows.size(); ++i) {
      QCOMPARE(curve.values[static_cast<std::size_t>(i - 1)],
               Money::parse(rows[i].split(QLatin1Char(','))[closing].toStdString()));
    }
    // Break-even: the revenue and the break-even revenue of each plan year.
    const auto& plan = view.figures().plan;
    const SeriesChart& be = *view.break_even_chart();
    for (std::size_t y = 0; y < plan.years.size(); ++y) {
      QCOMPARE(be.series()[0].values[y], plan.years[y].lines.revenue());
      QCOMPARE(be.series()[1].values[y], plan.years[y].break_even.revenue.value_or(Money()));
      QCOMPARE(view.results_chart()->series()[2].values[y], plan.years[y].lines.caf);
    }
    QVERIFY(be.tooltip(1, 0).endsWith(euros(be.series()[1].values[0], t)));
  }

  void the_app_draws_each_new_view_at_1280_by_800() {
    // Long scenario names and tables keep to the window's size.
    const test::TempDir dir("gui-new-views");
    const QString base = QString::fromStdString(scenario("funding-base"));
    const QString leaves = QString::fromStdString(scenario("funding-sponsor-leaves"));
    const QString election = QString::fromStdString(scenario("funding-election-2026"));
    const std::vector<std::pair<QString, QStringList>> views{
        {"grants", {"--entity", "AT"}},        {"cofinancing", {"--entity", "AT"}},
        {"guinguettes", {"--entity", "AT"}},   {"risks", {base}},
        {"compare", {base, leaves, election}}, {"cafe", {QString::fromStdString(scenario("cafe-itinerant"))}}};
    for (const auto& [tab, args] : views) {
      const QString png = QString::fromStdString(dir.file(tab.toStdString() + ".png"));
      const auto [code, err] =
          test::run_app(QStringList{"--db", book_path(), "--tab", tab, "--screenshot", png} + args);
      QVERIFY2(code == 0, qPrintable(tab + ": " + err));
      test::expect_drawn(png, QSize(1280, 800));
    }
  }

  void the_new_views_speak_english_with_lang_en() {
    const Document document(test::shared_demo_book().string(), Language::English);
    MainWindow window(document);
    QTabWidget& tabs = *window.tabs();
    QCOMPARE(tabs.tabText(tabs.indexOf(window.compare())), QStringLiteral("Compare"));
    QTabWidget& pages = *window.actuals()->pages();
    QCOMPARE(pages.tabText(1), QStringLiteral("Grants"));
    QCOMPARE(pages.tabText(2), QStringLiteral("Co-financing"));
    QVERIFY(window.actuals()->select("AT", 2025));
    QCOMPARE(window.actuals()->grants_chart()->legend_texts(),
             (QStringList{"Awarded", "Called", "Received", "Spent", "Pro rata of the time elapsed"}));
    const SeriesChart& grants = *window.actuals()->grants_chart();
    QVERIFY2(grants.tooltip(0, 0).contains(QStringLiteral("of the time elapsed")), qPrintable(grants.tooltip(0, 0)));
    QVERIFY(grants.tooltip(0, 0).endsWith(euros(grants.series()[0].values[0], document.labels())));
    window.actuals()->grants_chart()->click(3, 0);
    QVERIFY(window.actuals()->lines_dialog() != nullptr);
    QCOMPARE(window.actuals()->lines_dialog()->model()->headerData(7, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Debit"));
    QCOMPARE(window.open_scenario(scenario("cafe-entrepreneurial")), QString());
    CafeView& cafe = *window.cafe_views().front();
    QVERIFY(tabs.tabText(tabs.indexOf(&cafe)).startsWith(QStringLiteral("Café — ")));
    QCOMPARE(cafe.break_even_chart()->title(), QStringLiteral("Revenue and break-even revenue"));
    QCOMPARE(cafe.break_even_chart()->legend_texts(), (QStringList{"Revenue", "Break-even revenue"}));
  }
};

}  // namespace comptoir::gui

QTEST_MAIN(comptoir::gui::CompareCafeTest)
#include "compare_cafe_test.moc"
