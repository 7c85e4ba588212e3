// The desktop app on the offscreen platform: the Actuals view shows the
// figures the activity report computes (chart bars, tooltips and table, to
// the cent, beside the previous year's; the month-end cash), leaves the book's bytes as they were, and a missing or
// foreign file is refused with its name, in the app and in the Document.
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QLineSeries>
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
#include <optional>

#include "actuals_view.hpp"
#include "app.hpp"
#include "cash_chart.hpp"
#include "category_chart.hpp"
#include "core/error.hpp"
#include "display.hpp"
#include "document.hpp"
#include "gui/actuals_checks.hpp"
#include "gui/gui_test_support.hpp"
#include "main_window.hpp"
#include "reports/activity_charts.hpp"
#include "reports/category_summaries.hpp"
#include "store/sqlite_book.hpp"
#include "support/demo_book.hpp"
#include "support/temp_dir.hpp"
#include "table_model.hpp"

namespace comptoir::gui {
namespace {

using namespace checks;
using test::book_path;
using test::run_app;
using test::sha256_of;

}  // namespace

class GuiTest : public QObject {
  Q_OBJECT

 private:
  std::optional<test::BookUnchanged> book_;

 private slots:
  void initTestCase() { book_.emplace(); }

  void cleanupTestCase() { book_->check(); }

  void actuals_show_the_report_figures_for_at_2025() {
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    ActualsView& view = *window.actuals();
    QVERIFY(view.select("AT", 2025));
    QCOMPARE(view.entity_picker()->currentData().toString(), QStringLiteral("AT"));
    QCOMPARE(view.year_picker()->currentText(), QStringLiteral("2025"));
    const CategorySummary expected = report("AT", 2025);
    const CategorySummary before = report("AT", 2024);
    const Labels t(Language::French);
    check_chart(*view.resources_chart(), expected.resources, t, &before.resources);
    check_chart(*view.expenses_chart(), expected.expenses, t, &before.expenses);
    check_table(*view.table_model(), expected, t, &before);
    QCOMPARE(view.resources_chart()->legend_text(), QStringLiteral("2025"));
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
    QBarSet* set = view.resources_chart()->bar_set();
    QVERIFY(bars->barSets().contains(set));
    const Money first = shown_rows(expected.resources, &before.resources).front().amount;
    QCOMPARE(std::llround(set->at(set->count() - 1) * 100), static_cast<long long>(first.cents()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    emit set->hovered(true, set->count() - 1);
    QTRY_COMPARE(QToolTip::text(), view.resources_chart()->tooltip(0));
    QVERIFY(QToolTip::text().endsWith(euros(first, t)));
  }

  void actuals_show_the_previous_year_beside_the_year_picked() {
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    ActualsView& view = *window.actuals();
    const Labels& t = document.labels();
    QVERIFY(view.select("AT", 2025));
    const CategorySummary now = report("AT", 2025);
    const CategorySummary before = report("AT", 2024);
    QVERIFY(!before.expenses.total.is_zero());
    check_chart(*view.resources_chart(), now.resources, t, &before.resources);
    check_chart(*view.expenses_chart(), now.expenses, t, &before.expenses);
    check_table(*view.table_model(), now, t, &before);
    QCOMPARE(view.resources_chart()->legend_texts(), (QStringList{QStringLiteral("2024"), QStringLiteral("2025")}));
    QCOMPARE(view.expenses_chart()->legend_texts(), (QStringList{QStringLiteral("2024"), QStringLiteral("2025")}));
    auto* bars = qobject_cast<QAbstractBarSeries*>(view.expenses_chart()->chart()->series().front());
    QVERIFY(bars != nullptr);
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(view.table_model()->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Montant 2025"));
    QCOMPARE(view.table_model()->headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Montant 2024"));
    // Hovering an N-1 bar names its year and exact amount.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QBarSet* previous = view.expenses_chart()->previous_bar_set();
    QVERIFY(previous != nullptr);
    emit previous->hovered(true, previous->count() - 1);
    QTRY_COMPARE(QToolTip::text(), view.expenses_chart()->previous_tooltip(0));
    QVERIFY(QToolTip::text().contains(QStringLiteral(" — 2024 : ")));

    // Both combined: the report's combined figures of 2024 beside 2025's.
    QVERIFY(view.select("", 2025));
    const CategorySummary both = combined_report(2025);
    const CategorySummary both_before = combined_report(2024);
    check_chart(*view.resources_chart(), both.resources, t, &both_before.resources);
    check_table(*view.table_model(), both, t, &both_before);

    // 2024 has no year before it: no N-1 bars, an empty N-1 column, one cash line.
    QVERIFY(view.select("RES", 2024));
    const CategorySummary first = report("RES", 2024);
    check_chart(*view.resources_chart(), first.resources, t);
    check_chart(*view.expenses_chart(), first.expenses, t);
    check_table(*view.table_model(), first, t);
    QCOMPARE(view.resources_chart()->legend_texts(), QStringList{QStringLiteral("2024")});
    QCOMPARE(qobject_cast<QAbstractBarSeries*>(view.resources_chart()->chart()->series().front())->barSets().size(), 1);
    QCOMPARE(view.table_model()->headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Montant N-1"));
    QCOMPARE(view.cash_chart()->chart()->series().size(), 1);
    QVERIFY(view.cash_chart()->previous_line() == nullptr);
  }

  void the_cash_chart_draws_the_reports_month_ends() {
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    ActualsView& view = *window.actuals();
    const Labels& t = document.labels();
    QVERIFY(view.select("AT", 2025));
    const auto at = cash_report({"AT"}, 2025);
    QCOMPARE(at.size(), std::size_t{12});
    check_cash(*view.cash_chart(), at, cash_report({"AT"}, 2024), t);
    QCOMPARE(view.cash_chart()->months().size(), 12);
    QCOMPARE(view.cash_chart()->months().front(), QStringLiteral("janv."));
    QCOMPARE(view.cash_chart()->months().back(), QString::fromUtf8("déc."));
    QCOMPARE(view.cash_chart()->legend_texts(), (QStringList{QStringLiteral("2024"), QStringLiteral("2025")}));
    QCOMPARE(view.cash_chart()->title(), QStringLiteral("Trésorerie en fin de mois (comptes 5)"));
    QVERIFY(view.cash_chart()->tooltip(11).startsWith(QStringLiteral("Trésorerie au 31/12/2025 : ")));
    // Hovering a point shows its date and exact amount.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    emit view.cash_chart()->line()->hovered(view.cash_chart()->line()->at(0), true);
    QTRY_COMPARE(QToolTip::text(), view.cash_chart()->tooltip(0));
    // RES, and both combined.
    QVERIFY(view.select("RES", 2025));
    check_cash(*view.cash_chart(), cash_report({"RES"}, 2025), cash_report({"RES"}, 2024), t);
    QVERIFY(view.select("", 2025));
    check_cash(*view.cash_chart(), cash_report({"AT", "RES"}, 2025), cash_report({"AT", "RES"}, 2024), t);
    QVERIFY(view.select("AT", 2024));
    check_cash(*view.cash_chart(), cash_report({"AT"}, 2024), {}, t);
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
    QCOMPARE(view.year_picker()->currentData().toInt(), 2025);
    const CategorySummary res = report("RES", 2025);
    const CategorySummary res_before = report("RES", 2024);
    check_chart(*view.expenses_chart(), res.expenses, document.labels(), &res_before.expenses);
    check_table(*view.table_model(), res, document.labels(), &res_before);
    // Both combined: the report's combined figures, interco eliminated.
    view.entity_picker()->setCurrentIndex(2);
    const CategorySummary both = combined_report(2025);
    const CategorySummary both_before = combined_report(2024);
    check_chart(*view.resources_chart(), both.resources, document.labels(), &both_before.resources);
    check_table(*view.table_model(), both, document.labels(), &both_before);
  }

  void english_with_lang_en() {
    const Document document(test::shared_demo_book().string(), Language::English);
    MainWindow window(document);
    QVERIFY(window.actuals()->select("AT", 2025));
    const CategorySummary expected = report("AT", 2025);
    const CategorySummary before = report("AT", 2024);
    check_chart(*window.actuals()->expenses_chart(), expected.expenses, document.labels(), &before.expenses);
    QCOMPARE(window.actuals()->expenses_chart()->title(), QStringLiteral("Expenses by category"));
    QCOMPARE(window.actuals()->cash_chart()->title(), QStringLiteral("Month-end cash (class 5 accounts)"));
    QCOMPARE(window.actuals()->cash_chart()->months().front(), QStringLiteral("Jan"));
    QVERIFY(window.actuals()->cash_chart()->tooltip(0).startsWith(QStringLiteral("Cash at 2025-01-31: ")));
    QCOMPARE(window.actuals()->table_model()->headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Amount 2024"));
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
    test::expect_drawn(png, QSize(1280, 800));
  }
};

}  // namespace comptoir::gui

QTEST_MAIN(comptoir::gui::GuiTest)
#include "gui_test.moc"
