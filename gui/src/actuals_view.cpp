// See actuals_view.hpp.
#include "actuals_view.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <exception>
#include <functional>

#include "cash_chart.hpp"
#include "category_chart.hpp"
#include "display.hpp"
#include "document.hpp"
#include "event_chart.hpp"
#include "lines_dialog.hpp"
#include "series_chart.hpp"
#include "table_model.hpp"

namespace comptoir::gui {

ActualsView::ActualsView(const Document& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      entities_(new QComboBox(this)),
      years_(new QComboBox(this)),
      title_(new QLabel(this)),
      resources_(new CategoryChart(document.labels(), QColor(0x2e, 0x7d, 0x32), this)),
      expenses_(new CategoryChart(document.labels(), QColor(0xc6, 0x62, 0x1b), this)),
      cash_(new CashChart(document.labels(), this)),
      model_(new TableModel(document.labels(), this)),
      table_(new QTableView(this)),
      pages_(new QTabWidget(this)),
      grants_(new SeriesChart(document.labels(), SeriesChart::Layout::Grouped,
                              {QColor(0x90, 0xa4, 0xae), QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32),
                               QColor(0xc6, 0x62, 0x1b), QColor(0xce, 0x93, 0xd8)},
                              this)),
      headroom_(new SeriesChart(document.labels(), SeriesChart::Layout::Stacked,
                                {QColor(0x2e, 0x7d, 0x32), QColor(0xf9, 0xa8, 0x25), QColor(0xcf, 0xd8, 0xdc)}, this)),
      headroom_model_(new TableModel(document.labels(), this)),
      headroom_table_(new QTableView(this)),
      tours_(new SeriesChart(document.labels(), SeriesChart::Layout::Grouped,
                             {QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x62, 0x1b), QColor(0x2e, 0x7d, 0x32)}, this)),
      events_(new EventChart(document.labels(), this)) {
  const Labels& t = document_.labels();
  for (const auto& choice : document_.entity_choices()) {
    entities_->addItem(to_qstring(choice.label), QString::fromStdString(choice.code));
  }
  entities_->setSizeAdjustPolicy(QComboBox::AdjustToContents);

  auto* pickers = new QHBoxLayout();
  auto* entity_label = new QLabel(to_qstring(t("gui.entity")), this);
  entity_label->setBuddy(entities_);
  auto* year_label = new QLabel(to_qstring(t("gui.year")), this);
  year_label->setBuddy(years_);
  pickers->addWidget(entity_label);
  pickers->addWidget(entities_);
  pickers->addSpacing(16);
  pickers->addWidget(year_label);
  pickers->addWidget(years_);
  pickers->addSpacing(24);
  QFont title_font = title_->font();
  title_font.setBold(true);
  title_font.setPointSizeF(title_font.pointSizeF() * 1.3);
  title_->setFont(title_font);
  pickers->addWidget(title_, 1);

  table_->setModel(model_);
  table_->setAlternatingRowColors(true);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setStretchLastSection(false);
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);

  auto* charts = new QWidget(this);
  auto* charts_layout = new QVBoxLayout(charts);
  charts_layout->setContentsMargins(0, 0, 0, 0);
  charts_layout->addWidget(resources_);
  charts_layout->addWidget(expenses_);

  // The table above the month-end cash, beside the bar charts.
  auto* right = new QSplitter(Qt::Vertical, this);
  right->addWidget(table_);
  right->addWidget(cash_);
  right->setSizes({420, 330});  // the table's rows, and room for the months
  right->setChildrenCollapsible(false);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(charts);
  splitter->addWidget(right);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  splitter->setChildrenCollapsible(false);

  // The grants, co-financing and Guinguettes pages.
  headroom_table_->setModel(headroom_model_);
  headroom_table_->setAlternatingRowColors(true);
  headroom_table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  headroom_table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  headroom_table_->verticalHeader()->setVisible(false);
  auto* headroom_page = new QSplitter(Qt::Horizontal, this);
  headroom_page->addWidget(headroom_);
  headroom_page->addWidget(headroom_table_);
  headroom_page->setChildrenCollapsible(false);
  headroom_page->setSizes({330, 900});  // the table's eight columns whole
  auto* guinguette_page = new QSplitter(Qt::Vertical, this);
  guinguette_page->addWidget(tours_);
  guinguette_page->addWidget(events_);
  guinguette_page->setChildrenCollapsible(false);

  pages_->addTab(splitter, to_qstring(t("gui.actuals.page.summary")));
  pages_->addTab(grants_, to_qstring(t("gui.actuals.page.grants")));
  pages_->addTab(headroom_page, to_qstring(t("gui.actuals.page.headroom")));
  pages_->addTab(guinguette_page, to_qstring(t("gui.actuals.page.guinguettes")));
  pages_->setDocumentMode(true);
  auto* hint = new QLabel(to_qstring(t("gui.lines.hint")), this);
  hint->setStyleSheet(QStringLiteral("color: #555"));

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(pickers);
  layout->addWidget(pages_, 1);
  layout->addWidget(hint);

  connect(resources_, &CategoryChart::clicked, this,
          [this](int index, bool previous) { category_clicked(true, index, previous); });
  connect(expenses_, &CategoryChart::clicked, this,
          [this](int index, bool previous) { category_clicked(false, index, previous); });
  connect(cash_, &CashChart::clicked, this, &ActualsView::cash_clicked);
  connect(grants_, &SeriesChart::clicked, this, [this](int set, int index) {
    // The fifth series, the award pro rata of the time elapsed, has no lines.
    static const char* const figures[] = {"awarded", "called", "received", "spent"};
    if (set < 0 || set > 3 || index < 0 || static_cast<std::size_t>(index) >= grant_data_.grants.size()) return;
    show_lines(
        [&] { return document_.grant_lines(grant_data_.grants[static_cast<std::size_t>(index)], figures[set]); });
  });
  connect(headroom_, &SeriesChart::clicked, this, [this](int, int index) {
    if (index < 0 || static_cast<std::size_t>(index) >= headroom_data_.totals.size()) return;
    show_lines(
        [&] { return document_.headroom_lines(headroom_data_.totals[static_cast<std::size_t>(index)].rule, {}); });
  });
  connect(headroom_table_, &QTableView::activated, this,
          [this](const QModelIndex& index) { headroom_row_activated(index.row()); });
  connect(tours_, &SeriesChart::clicked, this, [this](int, int index) {
    if (index < 0 || static_cast<std::size_t>(index) >= guinguette_data_.tours.size()) return;
    show_lines(
        [&] { return document_.guinguette_lines(guinguette_data_.tours[static_cast<std::size_t>(index)], year_); });
  });
  connect(events_, &EventChart::clicked, this, [this](int index) {
    if (index < 0 || static_cast<std::size_t>(index) >= guinguette_data_.events.size()) return;
    show_lines(
        [&] { return document_.guinguette_lines(guinguette_data_.events[static_cast<std::size_t>(index)], year_); });
  });
  connect(entities_, &QComboBox::currentIndexChanged, this, &ActualsView::entity_changed);
  connect(years_, &QComboBox::currentIndexChanged, this, &ActualsView::refresh);
  entity_changed();
}

std::string ActualsView::entity_code() const {
  return entities_->currentData().toString().toStdString();
}

void ActualsView::entity_changed() {
  const int previous = years_->currentData().isValid() ? years_->currentData().toInt() : 0;
  {
    const QSignalBlocker quiet(years_);
    years_->clear();
    if (entities_->currentIndex() >= 0) {
      for (int year : document_.years(entity_code())) years_->addItem(QString::number(year), year);
    }
    // The same year as before when the entity has it, else the latest.
    const int same = years_->findData(previous);
    years_->setCurrentIndex(same >= 0 ? same : years_->count() - 1);
  }
  refresh();
}

void ActualsView::refresh() {
  if (entities_->currentIndex() < 0 || years_->currentIndex() < 0) return;
  Actuals actuals;
  try {
    actuals = document_.actuals(entity_code(), years_->currentData().toInt());
    title_->setStyleSheet({});
  } catch (const std::exception& e) {
    // A book the report cannot read (an entity without categories): say
    // so where the title goes and show nothing rather than stale figures.
    title_->setStyleSheet(QStringLiteral("color: #b00020"));
    actuals.title = e.what();
  }
  const Labels& t = document_.labels();
  title_->setText(to_qstring(actuals.title));
  const QString year = years_->currentText();
  const QString previous = actuals.previous ? QString::number(actuals.previous->year) : QString();
  const auto* previous_resources = actuals.charts.previous_resources ? &*actuals.charts.previous_resources : nullptr;
  const auto* previous_expenses = actuals.charts.previous_expenses ? &*actuals.charts.previous_expenses : nullptr;
  resources_->show_series(actuals.charts.resources, previous_resources, to_qstring(t("gui.chart.resources")), year,
                          previous);
  expenses_->show_series(actuals.charts.expenses, previous_expenses, to_qstring(t("gui.chart.expenses")), year,
                         previous);
  cash_->show_cash(actuals.cash, year, actuals.previous_cash, previous, to_qstring(t("gui.chart.cash")));
  resource_codes_ = actuals.charts.resource_codes;
  expense_codes_ = actuals.charts.expense_codes;
  year_ = years_->currentData().toInt();
  previous_year_ = actuals.previous ? std::optional<int>(actuals.previous->year) : std::nullopt;
  refresh_pages(entity_code(), year_);
  model_->set_table(actuals.table);
  table_->resizeColumnsToContents();
  // Wide enough for every column: amounts are never cut.
  table_->setMinimumWidth(table_->horizontalHeader()->length() + 2 * table_->frameWidth() +
                          table_->verticalScrollBar()->sizeHint().width());
}

void ActualsView::refresh_pages(const std::string& entity, int year) {
  const Labels& t = document_.labels();
  try {
    grant_data_ = document_.grants(entity, year);
    headroom_data_ = document_.headroom(year);
    guinguette_data_ = document_.guinguettes(year);
  } catch (const std::exception&) {
    grant_data_ = {};
    headroom_data_ = {};
    guinguette_data_ = {};
  }
  // Co-financing and the Guinguettes are AT's: the RES view has none.
  const bool at = entity.empty() || entity == "AT";
  if (!at) {
    headroom_data_ = HeadroomChart{year, {}, {}, {}};
    guinguette_data_ = {};
  }
  const std::string date = grant_data_.as_of.days() != 0 ? t.date(grant_data_.as_of) : std::string();
  grants_->show_series(grant_data_.series, to_qstring(t("gui.grants.chart", {{"date", date}})));
  headroom_->show_series(headroom_data_.series, to_qstring(t("gui.headroom.chart", {{"year", std::to_string(year)}})));
  headroom_model_->set_table(comptoir::headroom_table(headroom_data_, t));
  headroom_table_->resizeColumnsToContents();
  std::vector<std::string> tours;
  for (const auto& tour : guinguette_data_.tours) tours.push_back(tour.tour);
  const std::vector<std::string> tour_labels =
      guinguette_data_.series.empty() ? std::vector<std::string>{} : guinguette_data_.series.front().x_labels;
  tours_->show_series(guinguette_data_.series, to_qstring(t("gui.guinguette.tours", {{"year", std::to_string(year)}})));
  events_->show_events(guinguette_data_.events, tours, tour_labels,
                       to_qstring(t("gui.guinguette.events", {{"year", std::to_string(year)}})));
}

void ActualsView::show_lines(const std::function<TableData()>& lines) {
  TableData table;
  try {
    table = lines();
  } catch (const std::exception& e) {
    // A figure whose lines cannot be read: say why, keep the view.
    auto* box =
        new QMessageBox(QMessageBox::Warning, windowTitle(), QString::fromUtf8(e.what()), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return;
  }
  if (lines_ != nullptr) lines_->close();
  lines_ = new LinesDialog(std::move(table), document_.labels(), this);
  lines_->setAttribute(Qt::WA_DeleteOnClose);
  lines_->show();
}

void ActualsView::category_clicked(bool resources, int index, bool previous) {
  const auto& codes = resources ? resource_codes_ : expense_codes_;
  if (index < 0 || static_cast<std::size_t>(index) >= codes.size()) return;
  if (previous && !previous_year_) return;
  show_lines([&] {
    return document_.category_lines(entity_code(), previous ? *previous_year_ : year_,
                                    resources ? CategorySide::Resource : CategorySide::Expense,
                                    codes[static_cast<std::size_t>(index)]);
  });
}

void ActualsView::cash_clicked(int index, bool previous) {
  // The month's movements: from the day after the previous month end (the
  // year's first day for the first month) to the point's date.
  const auto& points = previous ? cash_->previous_points() : cash_->points();
  if (index < 0 || static_cast<std::size_t>(index) >= points.size()) return;
  const auto i = static_cast<std::size_t>(index);
  show_lines([&] {
    const Date from = i > 0 ? points[i - 1].date.plus_days(1)
                            : document_.fiscal_year(entity_code(), previous ? *previous_year_ : year_).start;
    return document_.cash_lines(entity_code(), from, points[i].date);
  });
}

void ActualsView::headroom_row_activated(int row) {
  if (row < 0 || static_cast<std::size_t>(row) >= headroom_data_.rows.size()) return;
  const HeadroomRow& r = headroom_data_.rows[static_cast<std::size_t>(row)];
  show_lines([&] { return document_.headroom_lines(r.rule, r.commune); });
}

bool ActualsView::select(const std::string& entity, int year) {
  const int e = entities_->findData(QString::fromStdString(entity));
  if (e < 0) return false;
  entities_->setCurrentIndex(e);
  const int y = years_->findData(year);
  if (y < 0) return false;
  years_->setCurrentIndex(y);
  return true;
}

QList<QChartView*> ActualsView::chart_views() const {
  return {resources_, expenses_, cash_, grants_, headroom_, tours_, events_};
}

LinesDialog* ActualsView::lines_dialog() const {
  return lines_.data();
}

QString ActualsView::title() const {
  return title_->text();
}

}  // namespace comptoir::gui
