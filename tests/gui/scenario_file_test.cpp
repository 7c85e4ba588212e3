// Scenario files in the desktop app: File > Save writes the scenario as
// the drivers panel left it, in the TOML the CLI reads (the real `comptoir`
// prints the same figures), and reading it back draws the same series; a
// variant marks the drivers it defines and saves only what differs from
// its base; the recent files (QSettings pointed at a test folder) list the
// last eight.
#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <optional>

#include "display.hpp"
#include "document.hpp"
#include "forecast/scenario_toml.hpp"
#include "funding_session.hpp"
#include "funding_view.hpp"
#include "gui/funding_view_support.hpp"
#include "gui/gui_test_support.hpp"
#include "main_window.hpp"
#include "recent_files.hpp"
#include "support/temp_dir.hpp"

namespace comptoir::gui {
namespace {

using test::book_path;
using test::read_text;
using test::settled;

const std::string scenario_dir = COMPTOIR_SCENARIO_DIR;
const std::string base_scenario = scenario_dir + "/funding-base.toml";

// `comptoir --db BOOK --format csv forecast funding FILE ARGS…`: its output, or "" when it fails.
QString cli(const std::string& file, const QStringList& args) {
  QProcess p;
  p.start(QStringLiteral(COMPTOIR_BINARY),
          QStringList{QStringLiteral("--db"), book_path(), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("forecast"), QStringLiteral("funding"), QString::fromStdString(file)} +
              args);
  if (!p.waitForFinished(120000) || p.exitCode() != 0) {
    qWarning("%s", p.readAllStandardError().constData());
    return {};
  }
  return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace

class ScenarioFileTest : public QObject {
  Q_OBJECT

 private:
  std::optional<test::GuiSession> session_;  // the book checked, the settings in a test folder

 private slots:
  void initTestCase() { session_.emplace("gui-settings"); }
  void cleanupTestCase() { session_->check(); }

  void save_writes_the_drivers_as_edited_and_the_cli_reads_them() {
    const test::TempDir dir("gui-save");
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    QCOMPARE(window.open_scenario(base_scenario), QString());
    FundingView& view = *window.funding_views().front();
    QVERIFY(settled(view));
    QVERIFY(window.save_action()->isEnabled());
    QCOMPARE(window.save_action()->shortcut(), QKeySequence(QKeySequence::Save));
    auto* feasibility = qobject_cast<QSpinBox*>(view.driver_box("prestations[1].count"));
    feasibility->setValue(30);
    QVERIFY(settled(view));
    QVERIFY(view.modified());
    QVERIFY(window.tabs()->tabText(1).endsWith(QStringLiteral(" *")));

    const std::string saved = dir.file("mine.toml");
    QCOMPARE(window.save_scenario(view, saved), QString());
    QVERIFY(!view.modified());
    QVERIFY(!window.tabs()->tabText(1).endsWith(QStringLiteral(" *")));
    QCOMPARE(view.file(), saved);
    QVERIFY(view.title().contains(QString::fromStdString(saved)));
    QVERIFY(read_text(saved).find("min = 24, mode = 30, max = 39") != std::string::npos);

    // The CLI reads it and prints what a hand-edited copy of the base gives.
    std::string edited = read_text(base_scenario);
    const std::string count = "count = { dist = \"triangular\", min = 15, mode = 21, max = 30 }";
    edited.replace(edited.find(count), count.size(), "count = 30");
    std::ofstream(dir.file("edited.toml")) << edited;
    const QStringList projection{QStringLiteral("--table"), QStringLiteral("projection"), QStringLiteral("--runs"),
                                 QStringLiteral("0")};
    const QString from_gui = cli(saved, projection);
    QVERIFY(!from_gui.isEmpty());
    QCOMPARE(from_gui, cli(dir.file("edited.toml"), projection));
    QVERIFY(from_gui != cli(base_scenario, projection));
    // Its Monte Carlo bands are the ones the tab draws (same runs and seed).
    const QString bands = cli(saved, {QStringLiteral("--table"), QStringLiteral("monte-carlo")});
    const FundingChartData& drawn = view.drawn();
    for (const Money m : drawn.result_p50.values) {
      QVERIFY2(bands.contains(QString::fromStdString(m.to_string())),
               qPrintable(QString::fromStdString(m.to_string())));
    }

    // Opened again: the same series.
    QCOMPARE(window.open_scenario(saved), QString());
    FundingView& again = *window.funding_views().back();
    QVERIFY(settled(again));
    QCOMPARE(again.drawn().scope, drawn.scope);
    QCOMPARE(again.drawn().result.values, drawn.result.values);
    QCOMPARE(again.drawn().cash_p5.values, drawn.cash_p5.values);
    QCOMPARE(again.drawn().cash_p95.values, drawn.cash_p95.values);
    QCOMPARE(static_cast<int>(again.drawn().resources.size()), static_cast<int>(drawn.resources.size()));
    QCOMPARE(again.drawn().resources.back().values, drawn.resources.back().values);
    QCOMPARE(qobject_cast<QSpinBox*>(again.driver_box("prestations[1].count"))->value(), 30);
  }

  void a_save_that_fails_names_the_file_and_keeps_the_edits() {
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    QCOMPARE(window.open_scenario(base_scenario), QString());
    FundingView& view = *window.funding_views().front();
    QVERIFY(settled(view));
    qobject_cast<QSpinBox*>(view.driver_box("prestations[2].count"))->setValue(40);
    const std::string nowhere = "/nonexistent-folder/mine.toml";
    const QString error = window.save_scenario(view, nowhere);
    QVERIFY2(error.startsWith(QStringLiteral("Impossible d'enregistrer le scénario /nonexistent-folder/mine.toml")),
             qPrintable(error));
    QVERIFY(window.findChild<QMessageBox*>() != nullptr);
    QVERIFY(view.modified());
    QCOMPARE(view.file(), base_scenario);
  }

  void a_variant_marks_its_drivers_and_saves_only_what_differs() {
    const test::TempDir dir("gui-variant");
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    const std::string election = scenario_dir + "/funding-election-2026.toml";
    QCOMPARE(window.open_scenario(election), QString());
    FundingView& view = *window.funding_views().front();
    QVERIFY(settled(view));
    QVERIFY(!view.marked_as_variant("prestations[1].count"));
    QVERIFY(!view.marked_as_variant("inflation"));
    bool banner = false;
    for (const QLabel* label : view.findChildren<QLabel*>()) {
      banner = banner || label->text().startsWith(QStringLiteral("Variante de funding-base.toml"));
    }
    QVERIFY(banner);

    qobject_cast<QSpinBox*>(view.driver_box("prestations[1].count"))->setValue(25);
    QVERIFY(view.marked_as_variant("prestations[1].count"));
    QCOMPARE(view.driver_label("prestations[1].count")->toolTip(), QStringLiteral("Défini par la variante"));
    QVERIFY(!view.marked_as_variant("prestations[2].count"));
    QVERIFY(view.driver_label("prestations[2].count")->toolTip().isEmpty());
    QVERIFY(settled(view));

    std::filesystem::create_directory(dir.path() / "mine");
    const std::string saved = dir.file("mine/election-25.toml");
    QCOMPARE(window.save_scenario(view, saved), QString());
    const std::string text = read_text(saved);
    const std::string base_reference =
        std::filesystem::path(base_scenario).lexically_relative(dir.path() / "mine").generic_string();
    QVERIFY2(text.find("base = \"" + base_reference + "\"\n") != std::string::npos, text.c_str());
    QVERIFY2(text.find("[[prestations]]\ntype = \"feasibility\"\ncount = { dist = \"triangular\", min = 19, mode = 25, "
                       "max = 34 }\n") != std::string::npos,
             text.c_str());
    QVERIFY2(text.find("recruitment") == std::string::npos, text.c_str());  // unchanged: the base's
    QVERIFY2(text.find("[[events]]") != std::string::npos, text.c_str());   // the variant's own

    // Back to the base's value: no longer marked.
    qobject_cast<QSpinBox*>(view.driver_box("prestations[1].count"))->setValue(21);
    QVERIFY(!view.marked_as_variant("prestations[1].count"));

    // Read back, it is the edited variant.
    QCOMPARE(window.open_scenario(saved), QString());
    FundingView& again = *window.funding_views().back();
    QVERIFY(again.marked_as_variant("prestations[1].count"));
    QCOMPARE(qobject_cast<QSpinBox*>(again.driver_box("prestations[1].count"))->value(), 25);
  }

  void saving_a_base_moves_its_open_variants() {
    const test::TempDir dir("gui-base-moves");
    std::ofstream(dir.file("base.toml")) << read_text(base_scenario);
    std::ofstream(dir.file("plain.toml")) << "base = \"base.toml\"\nname = \"Variante\"\n";
    std::ofstream(dir.file("edited.toml")) << "base = \"base.toml\"\nname = \"Variante en cours\"\n";
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    for (const char* name : {"base.toml", "plain.toml", "edited.toml"}) {
      QCOMPARE(window.open_scenario(dir.file(name)), QString());
    }
    for (FundingView* view : window.funding_views()) QVERIFY(settled(*view));
    FundingView* base = window.funding_views().at(0);
    FundingView* edited = window.funding_views().at(2);
    qobject_cast<QSpinBox*>(edited->driver_box("prestations[1].count"))->setValue(22);
    qobject_cast<QSpinBox*>(base->driver_box("prestations[2].count"))->setValue(40);
    QVERIFY(settled(*base));
    QCOMPARE(window.save_scenario(*base, dir.file("base.toml")), QString());

    // The variant without edits of its own is read again, with the base's change.
    QCOMPARE(window.funding_views().size(), 3);
    FundingView* plain = window.funding_views().at(1);
    QCOMPARE(plain->file(), dir.file("plain.toml"));
    QCOMPARE(qobject_cast<QSpinBox*>(plain->driver_box("prestations[2].count"))->value(), 40);
    QVERIFY(!plain->marked_as_variant("prestations[2].count"));
    QVERIFY(settled(*plain));
    QCOMPARE(window.tabs()->tabText(2), QStringLiteral("Plan de financement — Variante"));
    // The one with unsaved edits is left as it is; saved, it keeps the base's change.
    QCOMPARE(window.funding_views().at(2), edited);
    QCOMPARE(qobject_cast<QSpinBox*>(edited->driver_box("prestations[2].count"))->value(), 38);
    QVERIFY(settled(*edited));
    QCOMPARE(window.save_scenario(*edited, dir.file("edited.toml")), QString());
    QVERIFY(read_text(dir.file("edited.toml")).find("recruitment") == std::string::npos);
    const auto again = forecast::load_funding_scenario(dir.file("edited.toml"));
    QCOMPARE(again.drivers[again.prestations[1].count].base, Rational(40));
    QCOMPARE(again.drivers[again.prestations[0].count].base, Rational(22));
  }

  void the_recent_files_list_the_last_eight_most_recent_first() {
    const test::TempDir dir("gui-recent");
    RecentFiles().clear();
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    emit window.recent_menu()->aboutToShow();
    QCOMPARE(window.recent_menu()->actions().first()->text(), QStringLiteral("(aucun)"));
    QVERIFY(!window.recent_menu()->actions().first()->isEnabled());
    const std::string text = read_text(base_scenario);
    for (int i = 1; i <= 9; ++i) {
      std::ofstream(dir.file("s" + std::to_string(i) + ".toml")) << text;
      RecentFiles().add(QString::fromStdString(dir.file("s" + std::to_string(i) + ".toml")));
    }
    RecentFiles().add(QString::fromStdString(dir.file("s3.toml")));  // again: first, not twice
    const QStringList files = RecentFiles().list();
    QCOMPARE(files.size(), 8);
    QCOMPARE(files.front(), QString::fromStdString(dir.file("s3.toml")));
    QCOMPARE(files.at(1), QString::fromStdString(dir.file("s9.toml")));
    QVERIFY(!files.contains(QString::fromStdString(dir.file("s1.toml"))));
    QCOMPARE(files.count(QString::fromStdString(dir.file("s3.toml"))), 1);

    emit window.recent_menu()->aboutToShow();
    QAction* first = window.recent_menu()->actions().first();
    QCOMPARE(first->text(), QStringLiteral("&1 s3.toml"));
    first->trigger();
    QCOMPARE(window.funding_views().size(), 1);
    QCOMPARE(window.funding_views().front()->file(), dir.file("s3.toml"));

    // A recent file gone since: refused naming it, and forgotten.
    std::filesystem::remove(dir.file("s9.toml"));
    emit window.recent_menu()->aboutToShow();
    window.recent_menu()->actions().at(1)->trigger();
    QCOMPARE(window.funding_views().size(), 1);
    QVERIFY(window.findChild<QMessageBox*>() != nullptr);
    QVERIFY(!RecentFiles().list().contains(QString::fromStdString(dir.file("s9.toml"))));
    QCOMPARE(RecentFiles().list().size(), 7);

    // Opening and saving put the file first.
    QCOMPARE(window.open_scenario(base_scenario), QString());
    QCOMPARE(RecentFiles().list().front(), QString::fromStdString(std::filesystem::absolute(base_scenario).string()));
    QVERIFY(settled(*window.funding_views().back()));
    QCOMPARE(window.save_scenario(*window.funding_views().back(), dir.file("saved.toml")), QString());
    QCOMPARE(RecentFiles().list().front(), QString::fromStdString(dir.file("saved.toml")));
    RecentFiles().clear();
    QVERIFY(RecentFiles().list().isEmpty());
    QVERIFY(settled(*window.funding_views().front()));
  }

  void closing_with_unsaved_edits_asks_first() {
    const test::TempDir dir("gui-close");
    const std::string mine = dir.file("mine.toml");
    std::ofstream(mine) << read_text(base_scenario);
    const Document document(test::shared_demo_book().string(), Language::French);
    MainWindow window(document);
    window.show();
    QCOMPARE(window.open_scenario(mine), QString());
    FundingView& view = *window.funding_views().front();
    QVERIFY(settled(view));
    QVERIFY(window.unsaved_scenarios().isEmpty());
    qobject_cast<QSpinBox*>(view.driver_box("prestations[1].count"))->setValue(27);
    QCOMPARE(window.unsaved_scenarios(), QStringList{QStringLiteral("Base : modèle hybride")});
    QVERIFY(settled(view));

    // The question names the scenarios; Annuler keeps the window and the edits.
    const auto answer = [](QMessageBox::StandardButton button, QString* text) {
      QTimer::singleShot(0, [button, text] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr);
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        *text = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(button)->click();
      });
    };
    QString asked;
    answer(QMessageBox::Cancel, &asked);
    QVERIFY(!window.close());
    QVERIFY2(asked.contains(QStringLiteral("Base : modèle hybride")), qPrintable(asked));
    QVERIFY2(asked.startsWith(QStringLiteral("Ces scénarios ont des modifications non enregistrées")),
             qPrintable(asked));
    QVERIFY(window.isVisible());
    QVERIFY(read_text(mine).find("mode = 27") == std::string::npos);

    // Tout enregistrer saves each, then closes.
    answer(QMessageBox::SaveAll, &asked);
    QVERIFY(window.close());
    QVERIFY(read_text(mine).find("min = 21, mode = 27, max = 36") != std::string::npos);
    QVERIFY(!view.modified());
  }

  void the_menus_speak_english_with_lang_en() {
    const Document document(test::shared_demo_book().string(), Language::English);
    MainWindow window(document);
    QCOMPARE(window.save_action()->text(), QStringLiteral("Save scenario"));
    QCOMPARE(window.save_as_action()->text(), QStringLiteral("Save scenario as…"));
    QCOMPARE(window.recent_menu()->title(), QStringLiteral("Recent files"));
    QCOMPARE(window.export_menu()->title(), QStringLiteral("Export"));
    QVERIFY(!window.save_action()->isEnabled());  // the Actuals tab has no scenario
  }
};

}  // namespace comptoir::gui

QTEST_MAIN(comptoir::gui::ScenarioFileTest)
#include "scenario_file_test.moc"
