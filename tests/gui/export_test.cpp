// Exports on the offscreen platform: each chart as PNG (twice its size on
// screen, not blank), SVG and PDF (files that begin as those formats do),
// the Actuals table as the CLI's CSV; File > Export lists the current
// tab's charts and tables, and each chart has the export in its context
// menu.
#include "export.hpp"

#include <QAction>
#include <QChartView>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>
#include <optional>

#include "actuals_view.hpp"
#include "cash_chart.hpp"
#include "category_chart.hpp"
#include "document.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"
#include "gui/funding_view_support.hpp"
#include "gui/gui_test_support.hpp"
#include "main_window.hpp"
#include "support/temp_dir.hpp"
#include "table_model.hpp"

namespace comptoir::gui {
namespace {

const std::string base_scenario = test::scenario_file("funding-base.toml");

QByteArray head_of(const QString& path, qint64 bytes) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.read(bytes);
}

// PNG, SVG and PDF of `view` in `dir`: checked as the formats begin.
void check_exports(QChartView& view, const test::TempDir& dir, const QString& name) {
  const QString png = QString::fromStdString(dir.file(name.toStdString() + ".png"));
  QCOMPARE(export_chart(view, png), QString());
  test::expect_drawn(png, view.viewport()->size() * 2, 5);

  const QString svg = QString::fromStdString(dir.file(name.toStdString() + ".svg"));
  QCOMPARE(export_chart(view, svg), QString());
  QVERIFY(head_of(svg, 5) == "<?xml");
  QFile svg_file(svg);
  QVERIFY(svg_file.open(QIODevice::ReadOnly));
  const QByteArray drawing = svg_file.readAll();
  QVERIFY(drawing.contains("<svg"));
  QVERIFY(drawing.contains(view.chart()->title().toUtf8()));

  const QString pdf = QString::fromStdString(dir.file(name.toStdString() + ".pdf"));
  QCOMPARE(export_chart(view, pdf), QString());
  QVERIFY(head_of(pdf, 5) == "%PDF-");
  QVERIFY(QFile(pdf).size() > 1000);
}

}  // namespace

class ExportTest : public QObject {
  Q_OBJECT

 private:
  std::optional<test::GuiSession> session_;  // the book checked, the settings in a test folder

 private slots:
  void initTestCase() { session_.emplace("gui-export-settings"); }
  void cleanupTestCase() { session_->check(); }

  void the_actuals_charts_and_table_export() {
    const test::TempDir dir("gui-export-actuals");
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    check_exports(*window.actuals()->resources_chart(), dir, QStringLiteral("resources"));
    check_exports(*window.actuals()->expenses_chart(), dir, QStringLiteral("expenses"));
    check_exports(*window.actuals()->cash_chart(), dir, QStringLiteral("cash"));

    // The table as the CLI's CSV: its columns' keys, then a line per row, amounts as 1234.56.
    const TableData& table = window.actuals()->table_model()->table();
    const QString csv = QString::fromStdString(dir.file("actuals.csv"));
    QCOMPARE(export_table(table, csv, document.labels()), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), static_cast<int>(table.rows.size()) + 1);
    QVERIFY(lines.front().startsWith(QByteArray::fromStdString(table.header.columns.front().key)));
    bool amount = false;
    for (const auto& row : table.rows) {
      for (const auto& cell : row.cells) {
        if (const Money* m = std::get_if<Money>(&cell); m != nullptr && !amount) {
          QVERIFY2(lines.join('\n').contains(QByteArray::fromStdString(m->to_string())), m->to_string().c_str());
          amount = true;
        }
      }
    }
    QVERIFY(amount);
    QVERIFY(export_chart(*window.actuals()->resources_chart(), QStringLiteral("/tmp/x.bmp")).contains("bmp"));

    // File > Export on the Actuals tab: the seven charts of its pages and its table.
    emit window.export_menu()->aboutToShow();
    const auto actions = window.export_menu()->actions();
    QCOMPARE(actions.size(), 8);
    QVERIFY(actions.front()->text().startsWith(QStringLiteral("Graphique « ")));
    QVERIFY(actions.back()->text().startsWith(QStringLiteral("Tableau « ")));
    QVERIFY(window.actuals()->table_view()->actions().size() == 1);
    QCOMPARE(window.actuals()->resources_chart()->contextMenuPolicy(), Qt::ActionsContextMenu);
  }

  void the_funding_charts_export() {
    const test::TempDir dir("gui-export-funding");
    const Document document(test::shared_demo_book().string(), Language::English);
    MainWindow window(document);
    QCOMPARE(window.open_scenario(base_scenario), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FundingView& view = *window.funding_views().front();
    QVERIFY(test::settled(view));
    // The projection's four charts, then the expenses and risks page's four
    // (the tornado drawn once the page is shown).
    view.pages()->setCurrentIndex(1);
    QVERIFY(QTest::qWaitFor([&] { return !view.tornado_pending(); }, 120000));
    view.pages()->setCurrentIndex(0);
    const auto charts = view.chart_views();
    QCOMPARE(charts.size(), 8);
    for (int i = 0; i < charts.size(); ++i) check_exports(*charts[i], dir, QStringLiteral("funding-%1").arg(i));
    emit window.export_menu()->aboutToShow();
    QCOMPARE(window.export_menu()->actions().size(), 8);
    QVERIFY(window.export_menu()->actions().front()->text().startsWith(QStringLiteral("Chart '")));
    QCOMPARE(charts.front()->actions().size(), 1);
    QCOMPARE(charts.front()->actions().front()->text(), QStringLiteral("Export the chart (PNG, SVG, PDF)…"));
  }
};

}  // namespace comptoir::gui

QTEST_MAIN(comptoir::gui::ExportTest)
#include "export_test.moc"
