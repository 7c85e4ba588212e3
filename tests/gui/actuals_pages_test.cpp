// The Actuals view's grants, co-financing and Guinguettes pages on the
// offscreen platform: they show the figures `comptoir grant list`,
// `cofinancing headroom` and `guinguette summary` print for the demo book
// (the real CLI run on it), and a click on a bar or a point opens the
// ledger lines behind it, whose net is the figure clicked.
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "actuals_view.hpp"
#include "cash_chart.hpp"
#include "category_chart.hpp"
#include "document.hpp"
#include "event_chart.hpp"
#include "gui/actuals_checks.hpp"
#include "gui/gui_test_support.hpp"
#include "lines_dialog.hpp"
#include "main_window.hpp"
#include "series_chart.hpp"
#include "table_model.hpp"

namespace comptoir::gui {
namespace {

using test::book_path;

// `comptoir --db BOOK --format csv ARGS…`: its lines (heading first), or none when it fails.
QStringList cli_csv(const QStringList& args) {
  QProcess p;
  p.start(QStringLiteral(COMPTOIR_BINARY),
          QStringList{QStringLiteral("--db"), book_path(), QStringLiteral("--format"), QStringLiteral("csv")} + args);
  if (!p.waitForFinished(120000) || p.exitCode() != 0) {
    qWarning("%s", p.readAllStandardError().constData());
    return {};
  }
  return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The CSV rows as maps of column → field (no field of these listings holds a comma).
std::vector<std::map<QString, QString>> rows_of(const QStringList& lines) {
  std::vector<std::map<QString, QString>> rows;
  if (lines.isEmpty()) return rows;
  const QStringList heading = lines.front().split(QLatin1Char(','));
  for (qsizetype i = 1; i < lines.size(); ++i) {
    const QStringList fields = lines[i].split(QLatin1Char(','));
    std::map<QString, QString> row;
    for (qsizetype c = 0; c < heading.size() && c < fields.size(); ++c) row[heading[c]] = fields[c];
    rows.push_back(row);
  }
  return rows;
}

Money money(const QString& text) {
  return Money::parse(text.toStdString());
}

// The net of the lines a dialog shows: its last row's amount.
Money net_of(const LinesDialog& dialog) {
  const TableData& table = dialog.model()->table();
  for (const Cell& cell : table.rows.back().cells) {
    if (const Money* m = std::get_if<Money>(&cell)) return *m;
  }
  return Money();
}

std::size_t lines_in(const LinesDialog& dialog) {
  return dialog.model()->table().rows.size() - 2;  // the total and net rows
}

}  // namespace

class ActualsPagesTest : public QObject {
  Q_OBJECT

 private:
  std::optional<test::BookUnchanged> book_;
  std::unique_ptr<Document> document_;
  std::unique_ptr<MainWindow> window_;

  ActualsView& view() { return *window_->actuals(); }

 private slots:
  void initTestCase() {
    book_.emplace();
    document_ = std::make_unique<Document>(test::shared_demo_book().string(), Language::French);
    window_ = std::make_unique<MainWindow>(*document_);
    QVERIFY(view().select("AT", 2025));
  }

  void cleanupTestCase() {
    window_.reset();
    document_.reset();
    book_->check();
  }

  void the_grants_page_shows_the_grant_list() {
    const auto rows = rows_of(cli_csv({"grant", "list", "--entity", "AT", "--as-of", "2025-12-31"}));
    QVERIFY(rows.size() > 1);
    const GrantChart& data = view().grant_data();
    QCOMPARE(data.grants.size(), rows.size() - 1);  // the CLI's last row is the total
    const SeriesChart& chart = *view().grants_chart();
    QCOMPARE(chart.legend_texts(), (QStringList{"Accordé", "Appelé", "Reçu", "Dépensé", "Au prorata du temps écoulé"}));
    const Labels t(Language::French);
    for (std::size_t i = 0; i < data.grants.size(); ++i) {
      const auto& row = rows[i];
      const GrantProgress& g = data.grants[i];
      QCOMPARE(QString::fromStdString(g.code), row.at("code"));
      const int index = static_cast<int>(i);
      const QString figures[] = {"awarded", "called", "received", "spent"};
      for (int s = 0; s < 4; ++s) {
        const Money expected = money(row.at(figures[s]));
        QCOMPARE(chart.series()[static_cast<std::size_t>(s)].values[i], expected);
        QCOMPARE(chart.bar_value(s, index), chart_value(expected));
        QVERIFY(chart.tooltip(s, index).endsWith(euros(expected, t)));
      }
      QCOMPARE(QString::fromStdString(g.elapsed.decimal), row.at("period_elapsed_pct"));
      // Spending at an even pace: the award times the share of the period elapsed.
      QCOMPARE(chart.series()[4].values[i], g.pro_rata);
      QVERIFY(g.pro_rata <= g.awarded);
      if (g.elapsed.decimal == "100.0") QCOMPARE(g.pro_rata, g.awarded);
      if (g.elapsed.decimal == "0.0") QVERIFY(g.pro_rata.is_zero());
      QVERIFY(chart.tooltip(0, index).contains(QString::fromStdString(t.decimal(g.elapsed.decimal)) + " %"));
    }
  }

  void a_click_on_a_grant_bar_opens_its_lines() {
    const GrantChart& data = view().grant_data();
    for (int s : {1, 2, 3}) {  // called, received, spent
      for (std::size_t i = 0; i < data.grants.size(); ++i) {
        view().grants_chart()->click(s, static_cast<int>(i));
        LinesDialog* dialog = view().lines_dialog();
        QVERIFY(dialog != nullptr);
        QVERIFY(dialog->isVisible());
        QCOMPARE(net_of(*dialog), view().grants_chart()->series()[static_cast<std::size_t>(s)].values[i]);
      }
    }
  }

  void the_headroom_page_shows_cofinancing_headroom() {
    const HeadroomChart& data = view().headroom_data();
    QVERIFY(!data.rows.empty());
    QCOMPARE(data.year, 2025);
    // A commune of each rule, as `cofinancing headroom` prints it.
    std::map<std::string, const HeadroomRow*> checked;
    for (const auto& row : data.rows) checked.emplace(row.rule, &row);
    for (const auto& [rule, row] : checked) {
      const auto cli = rows_of(
          cli_csv({"cofinancing", "headroom", "--commune", QString::fromStdString(row->commune), "--year", "2025"}));
      bool found = false;
      for (const auto& r : cli) {
        if (r.at("rule") != QString::fromStdString(rule)) continue;
        found = true;
        QCOMPARE(row->used, money(r.at("used")));
        QCOMPARE(row->headroom, money(r.at("headroom")));
        QCOMPARE(row->cap, money(r.at("cap")));
      }
      QVERIFY(found);
    }
    // The chart's stacks are the totals of the rows.
    const SeriesChart& chart = *view().headroom_chart();
    for (std::size_t i = 0; i < data.totals.size(); ++i) {
      Money invoiced;
      for (const auto& row : data.rows) {
        if (row.rule == data.totals[i].rule) invoiced += row.invoiced;
      }
      QCOMPARE(chart.series()[0].values[i], invoiced);
      QCOMPARE(data.totals[i].used, data.totals[i].invoiced + data.totals[i].committed);
    }
  }

  void a_click_on_headroom_opens_the_invoiced_shares() {
    const HeadroomChart& data = view().headroom_data();
    view().headroom_chart()->click(0, 0);
    QVERIFY(view().lines_dialog() != nullptr);
    QCOMPARE(view().lines_dialog()->view()->actions().size(), 1);  // export as CSV
    QCOMPARE(net_of(*view().lines_dialog()), data.totals[0].invoiced);
    QTableView& table = *view().headroom_table();
    emit table.activated(table.model()->index(0, 0));
    QVERIFY(view().lines_dialog() != nullptr);
    QCOMPARE(net_of(*view().lines_dialog()), data.rows[0].invoiced);
  }

  void the_guinguette_page_shows_the_summary() {
    const auto rows = rows_of(cli_csv({"guinguette", "summary", "--year", "2025"}));
    const GuinguetteChart& data = view().guinguette_data();
    std::size_t tours = 0;
    std::size_t events = 0;
    for (const auto& row : rows) {
      const bool tour = row.at("scope") == "tour";
      const GuinguettePoint& p = tour ? data.tours.at(tours++) : data.events.at(events++);
      QCOMPARE(QString::fromStdString(p.tour), row.at("tour"));
      QCOMPARE(p.takings_ht, money(row.at("takings_ht")));
      QCOMPARE(p.purchases, money(row.at("purchases")));
      QCOMPARE(p.gross_margin, money(row.at("gross_margin")));
    }
    QCOMPARE(tours, data.tours.size());
    QCOMPARE(events, data.events.size());
    QVERIFY(tours >= 2);
    QCOMPARE(view().tours_chart()->series()[2].values[0], data.tours[0].gross_margin);
    QCOMPARE(view().events_chart()->events().size(), data.events.size());
    const Labels t(Language::French);
    QVERIFY(view().events_chart()->tooltip(0).contains(euros(data.events[0].gross_margin, t)));
  }

  void a_click_on_a_tour_or_an_event_opens_its_takings_and_purchases() {
    const GuinguetteChart& data = view().guinguette_data();
    view().tours_chart()->click(0, 1);
    QVERIFY(view().lines_dialog() != nullptr);
    QCOMPARE(net_of(*view().lines_dialog()), data.tours[1].gross_margin);
    view().events_chart()->click(3);
    QVERIFY(view().lines_dialog() != nullptr);
    QCOMPARE(net_of(*view().lines_dialog()), data.events[3].gross_margin);
    QVERIFY(lines_in(*view().lines_dialog()) >= 1);
  }

  void a_click_on_a_category_or_a_month_opens_its_lines() {
    const auto check_categories = [this](CategoryChart& chart) {
      for (int i = 0; i < static_cast<int>(chart.amounts().size()); ++i) {
        chart.click(i, false);
        QVERIFY(view().lines_dialog() != nullptr);
        QCOMPARE(net_of(*view().lines_dialog()), chart.amounts()[static_cast<std::size_t>(i)]);
        chart.click(i, true);
        QCOMPARE(net_of(*view().lines_dialog()), chart.previous_amounts()[static_cast<std::size_t>(i)]);
      }
    };
    for (const char* entity : {"AT", ""}) {  // one association, then both with flows eliminated
      QVERIFY(view().select(entity, 2025));
      check_categories(*view().resources_chart());
      check_categories(*view().expenses_chart());
    }
    QVERIFY(view().select("AT", 2025));
    // A month's cash movements: the month end's balance less the month before's.
    const auto& points = view().cash_chart()->points();
    for (int month : {1, 6, 11}) {
      view().cash_chart()->click(month, false);
      const auto m = static_cast<std::size_t>(month);
      QCOMPARE(net_of(*view().lines_dialog()), points[m].balance - points[m - 1].balance);
    }
  }

  void the_pages_follow_the_entity() {
    QVERIFY(view().select("RES", 2025));
    QVERIFY(view().headroom_data().rows.empty());
    QVERIFY(view().guinguette_data().tours.empty());
    for (const auto& g : view().grant_data().grants) QCOMPARE(QString::fromStdString(g.entity), QStringLiteral("RES"));
    QVERIFY(view().select("AT", 2025));
  }
};

}  // namespace comptoir::gui

QTEST_MAIN(comptoir::gui::ActualsPagesTest)
#include "actuals_pages_test.moc"
