// The desktop app on the offscreen platform: the Actuals view shows the
// figures the activity report computes (chart bars, tooltips and table, to
// the cent), leaves the book's bytes as they were, and a missing or foreign
// file is refused with its name, in the app and in the Document.
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QtTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>

#include "actuals_view.hpp"
#include "app.hpp"
#include "category_chart.hpp"
#include "core/error.hpp"
#include "display.hpp"
#include "document.hpp"
#include "gui/gui_test_support.hpp"
#include "main_window.hpp"
#include "reports/category_summaries.hpp"
#include "store/sqlite_book.hpp"
#include "support/demo_book.hpp"
#include "support/temp_dir.hpp"
#include "table_model.hpp"

namespace comptoir::gui {
namespace {

using test::book_path;
using test::run_app;
using test::sha256_of;

// What the report computes, read through a connection of the test's own.
CategorySummary report(const std::string& entity, int year) {
  const auto book = SqliteBook::open(test::shared_demo_book().string(), OpenMode::ReadOnly);
  return summarise_by_category(*book, entity, year, CategoryScheme::activity_report());
}

// The rows a chart of `side` must show, in order: "other" only when not zero.
std::vector<CategoryRow> shown_rows(const CategorySideSummary& side) {
  std::vector<CategoryRow> rows;
  for (const auto& row : side.rows) {
    if (!(row.code == "other" && row.amount.is_zero())) rows.push_back(row);
  }
  return rows;
}

// The chart draws the report's rows: same labels, same order, bars of the
// same length to the cent, tooltips with the exact French amount.
void check_chart(const CategoryChart& chart, const CategorySideSummary& side, const Labels& t) {
  const auto rows = shown_rows(side);
  QCOMPARE(chart.categories().size(), static_cast<qsizetype>(rows.size()));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int index = static_cast<int>(i);
    QCOMPARE(chart.categories().at(index), to_qstring(t.french() ? rows[i].label_fr : rows[i].label_en));
    QCOMPARE(chart.amounts().at(i), rows[i].amount);
    QCOMPARE(std::llround(chart.bar_value(index) * 100), static_cast<long long>(rows[i].amount.cents()));
    QVERIFY2(chart.tooltip(index).endsWith(euros(rows[i].amount, t)), qPrintable(chart.tooltip(index)));
  }
}

// The table has a row per category with the exact amount, and the result.
void check_table(const TableModel& model, const CategorySummary& summary, const Labels& t) {
  QCOMPARE(model.columnCount(), 4);  // side, category, amount, share
  QHash<QString, qlonglong> amounts;
  for (int r = 0; r < model.rowCount(); ++r) {
    amounts.insert(model.index(r, 1).data().toString(), model.index(r, 2).data(Qt::UserRole).toLongLong());
  }
  for (const auto* side : {&summary.expenses, &summary.resources}) {
    for (const auto& row : shown_rows(*side)) {
      const QString label = to_qstring(t.french() ? row.label_fr : row.label_en);
      QVERIFY2(amounts.contains(label), qPrintable(label));
      QCOMPARE(amounts.value(label), static_cast<qlonglong>(row.amount.cents()));
    }
  }
  const int last = model.rowCount() - 1;
  QCOMPARE(model.index(last, 2).data(Qt::UserRole).toLongLong(), static_cast<qlonglong>(summary.result().cents()));
  QCOMPARE(model.index(last, 2).data().toString(), euros(summary.result(), t));
  QVERIFY(model.index(last, 2).data(Qt::FontRole).value<QFont>().bold());
}

}  // namespace

class GuiTest : public QObject {
  Q_OBJECT

 private:
  QByteArray book_hash_;

 private slots:
  void initTestCase() { book_hash_ = sha256_of(book_path()); }

  void cleanupTestCase() {
    QCOMPARE(sha256_of(book_path()), book_hash_);
    QVERIFY(test::shared_demo_book_untouched());
  }

  void actuals_show_the_report_figures_for_at_2025() {
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    ActualsView& view = *window.actuals();
    QVERIFY(view.select("AT", 2025));
    QCOMPARE(view.entity_picker()->currentData().toString(), QStringLiteral("AT"));
    QCOMPARE(view.year_picker()->currentText(), QStringLiteral("2025"));
    const CategorySummary expected = report("AT", 2025);
    const Labels t(Language::French);
    check_chart(*view.resources_chart(), expected.resources, t);
    check_chart(*view.expenses_chart(), expected.expenses, t);
    check_table(*view.table_model(), expected, t);
    QCOMPARE(view.resources_chart()->legend_text(), QStringLiteral("Ressources 2025"));
    QCOMPARE(view.resources_chart()->title(), QStringLiteral("Ressources par source"));
    // French amounts: narrow no-break spaces between thousands, the unit after a no-break space.
    QCOMPARE(euros(Money::parse("700000.00"), t), QString::fromUtf8("700\u202f000,00\u00a0€"));
    QVERIFY(view.title().contains(QStringLiteral("2025")));
    // What Qt Charts holds: the first category is the top bar (the set's
    // last), and hovering it shows the exact amount.
    const auto series = view.resources_chart()->chart()->series();
    QCOMPARE(series.size(), 1);
    auto* bars = qobject_cast<QAbstractBarSeries*>(series.front());
    QVERIFY(bars != nullptr);
    QBarSet* set = bars->barSets().front();
    const Money first = shown_rows(expected.resources).front().amount;
    QCOMPARE(std::llround(set->at(set->count() - 1) * 100), static_cast<long long>(first.cents()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    emit set->hovered(true, set->count() - 1);
    QTRY_COMPARE(QToolTip::text(), view.resources_chart()->tooltip(0));
    QVERIFY(QToolTip::text().endsWith(euros(first, t)));
  }

  void the_pickers_list_the_books_entities_and_years() {
    const Document document(test::shared_demo_book().string(), Language::French);
    ActualsView view(document);
    QStringList codes;
    for (int i = 0; i < view.entity_picker()->count(); ++i) codes << view.entity_picker()->itemData(i).toString();
    QCOMPARE(codes, (QStringList{QStringLiteral("AT"), QStringLiteral("RES"), QString()}));
    QCOMPARE(view.year_picker()->count(), static_cast<int>(document.years("AT").size()));
    // Picking RES redraws RES's figures.
    view.entity_picker()->setCurrentIndex(1);
    const CategorySummary res = report("RES", view.year_picker()->currentData().toInt());
    check_chart(*view.expenses_chart(), res.expenses, document.labels());
    check_table(*view.table_model(), res, document.labels());
    // Both combined: the report's combined figures, interco eliminated.
    view.entity_picker()->setCurrentIndex(2);
    const auto book = SqliteBook::open(test::shared_demo_book().string(), OpenMode::ReadOnly);
    const CategorySummary both = summarise_combined(*book, {"AT", "RES"}, view.year_picker()->currentData().toInt(),
                                                    CategoryScheme::activity_report());
    check_chart(*view.resources_chart(), both.resources, document.labels());
    check_table(*view.table_model(), both, document.labels());
  }

  void english_with_lang_en() {
    const Document document(test::shared_demo_book().string(), Language::English);
    MainWindow window(document);
    QVERIFY(window.actuals()->select("AT", 2025));
    const CategorySummary expected = report("AT", 2025);
    check_chart(*window.actuals()->expenses_chart(), expected.expenses, document.labels());
    QCOMPARE(window.actuals()->expenses_chart()->title(), QStringLiteral("Expenses by category"));
    auto* tabs = qobject_cast<QTabWidget*>(window.centralWidget());
    QVERIFY(tabs != nullptr);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Actuals"));
  }

  void the_book_file_is_unchanged_after_a_session() {
    const QByteArray before = sha256_of(book_path());
    QVERIFY(!before.isEmpty());
    {
      const Document document(test::shared_demo_book().string(), Language::French);
      MainWindow window(document);
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      ActualsView& view = *window.actuals();
      for (int e = 0; e < view.entity_picker()->count(); ++e) {
        view.entity_picker()->setCurrentIndex(e);
        for (int y = 0; y < view.year_picker()->count(); ++y) view.year_picker()->setCurrentIndex(y);
      }
      QVERIFY(!window.grab().isNull());
    }
    QCOMPARE(sha256_of(book_path()), before);
    QVERIFY(test::shared_demo_book_untouched());
    const QString wal = book_path() + QStringLiteral("-wal");
    QVERIFY(!QFile::exists(wal) || QFile(wal).size() == 0);
  }

  void a_missing_file_is_refused_naming_it() {
    const test::TempDir dir("gui-missing");
    const std::string missing = dir.file("nowhere.db");
    try {
      const Document document(missing, Language::French);
      QFAIL("a missing book was opened");
    } catch (const Error& e) {
      QVERIFY2(std::string(e.what()).find(missing) != std::string::npos, e.what());
    }
    QVERIFY(!std::filesystem::exists(missing));  // read-only: nothing created
  }

  void a_file_that_is_not_a_book_is_refused_naming_it() {
    const test::TempDir dir("gui-foreign");
    const std::string foreign = dir.file("notes.db");
    std::ofstream(foreign) << "Ceci n'est pas un livre de comptes.\n";
    try {
      const Document document(foreign, Language::French);
      QFAIL("a text file was opened as a book");
    } catch (const Error& e) {
      QVERIFY2(std::string(e.what()).find(foreign) != std::string::npos, e.what());
    }
  }

  void the_app_refuses_a_bad_file_with_its_name_and_exit_code_3() {
    const test::TempDir dir("gui-app-refusal");
    const QString missing = QString::fromStdString(dir.file("absent.db"));
    const auto [code, err] = run_app({QStringLiteral("--db"), missing});
    QCOMPARE(code, exit_bad_book);
    QVERIFY2(err.contains(QStringLiteral("Impossible d'ouvrir le livre ") + missing), qPrintable(err));

    const std::string foreign = dir.file("notes.db");
    std::ofstream(foreign) << "id,amount\n1,12.50\n";
    const auto [code2, err2] = run_app({QStringLiteral("--db"), QString::fromStdString(foreign), "--lang", "en"});
    QCOMPARE(code2, exit_bad_book);
    QVERIFY2(err2.contains(QStringLiteral("Cannot open the book ") + QString::fromStdString(foreign)),
             qPrintable(err2));
    QVERIFY2(err2.contains(QStringLiteral("is not a Comptoir book")), qPrintable(err2));

    const auto [usage_code, usage_err] = run_app({QStringLiteral("--bogus")});
    QCOMPARE(usage_code, exit_usage);
    QVERIFY(usage_err.contains(QStringLiteral("unknown argument '--bogus'")));
  }

  void the_app_draws_the_window_at_1280_by_800() {
    const test::TempDir dir("gui-screenshot");
    const QString png = QString::fromStdString(dir.file("actuals.png"));
    const auto [code, err] =
        run_app({QStringLiteral("--db"), book_path(), QStringLiteral("--entity"), QStringLiteral("AT"),
                 QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--screenshot"), png});
    QVERIFY2(code == 0, qPrintable(err));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
      for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, "the window looks blank");
    QCOMPARE(sha256_of(book_path()), book_hash_);
  }
};

}  // namespace comptoir::gui

QTEST_MAIN(comptoir::gui::GuiTest)
#include "gui_test.moc"
