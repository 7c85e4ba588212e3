// The "Funding mix" view of one scenario: a scope picker (AT, RES, both
// combined), the drivers panel built from the scenario (sections
// Général, Prestations, Communes, Guinguettes, Financements, Personnel:
// spin boxes with their units, a slider of each amount's change from the
// file's (a funding line's, a tour's takings per date, a prestation's
// price), a distribution editor per driver that may be uncertain, funding
// lines added and removed), the
// events on a timeline, and four charts of what the Document computed:
// resources by source per year (stacked bars), result and year-end cash
// each with the Monte Carlo P5–P95 band and P50 line, and the own-resources
// share. Edits go to the FundingSession, which recomputes off the GUI
// thread; the charts are replaced when the latest edit's figures arrive.
// Every edit is undoable. Draws, computes nothing: a slider's percentage
// becomes an amount through forecast's changed_by_percent.
#pragma once

#include <QString>
#include <QWidget>
#include <array>
#include <map>
#include <optional>
#include <string>

#include "core/rational.hpp"
#include "forecast/funding_scenario.hpp"
#include "forecast/scenario_edits.hpp"
#include "labels/labels.hpp"
#include "reports/funding_risk.hpp"
#include "reports/funding_tables.hpp"

QT_BEGIN_NAMESPACE
class QAbstractSpinBox;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSlider;
class QToolButton;
class QVBoxLayout;
class QUndoStack;
class QChartView;
class QChart;
class QTabWidget;
QT_END_NAMESPACE

namespace comptoir::gui {

class EventTimeline;
class FundingRiskPage;
class FundingSession;
struct FundingInputs;

class FundingView final : public QWidget {
  Q_OBJECT

 public:
  FundingView(FundingInputs inputs, const Labels& labels, QWidget* parent = nullptr);
  ~FundingView() override;
  FundingView(const FundingView&) = delete;
  FundingView& operator=(const FundingView&) = delete;

  [[nodiscard]] FundingSession* session() const { return session_; }
  [[nodiscard]] QComboBox* scope_picker() const { return scopes_; }
  // The spin box of driver `key` ("inflation", "prestations[1].count",
  // "prestations[1].price", "tours[1].margin", "commune_classes[1].share",
  // "staff[1].fte"), or null.
  [[nodiscard]] QAbstractSpinBox* driver_box(const std::string& key) const;
  // The slider of an amount ("funding[2].amount", "tours[1].takings_per_date",
  // "prestations[1].price"): its change in % (-100 to +50) from
  // slider_reference(key), or null.
  [[nodiscard]] QSlider* driver_slider(const std::string& key) const;
  // What a slider is relative to: the amount in the file as opened or last
  // saved (a funding line added since: its amount when added).
  [[nodiscard]] Rational slider_reference(const std::string& key) const;
  // The Financements section's "add a line" button, and the button that
  // removes funding line `index` (from 0), or null.
  [[nodiscard]] QPushButton* add_line_button() const { return add_line_; }
  [[nodiscard]] QToolButton* remove_line_button(std::size_t index) const;
  // Opens the dialog of a new funding line; its OK adds it in one undoable step.
  void open_funding_line_dialog();
  // The button that opens the distribution editor of driver `key`, or null
  // (a renewal is a probability, never a distribution).
  [[nodiscard]] QToolButton* distribution_button(const std::string& key) const;
  // The events' timeline and its buttons.
  [[nodiscard]] EventTimeline* timeline() const { return timeline_; }
  [[nodiscard]] QPushButton* add_event_button() const { return add_event_; }
  [[nodiscard]] QPushButton* edit_event_button() const { return edit_event_; }
  [[nodiscard]] QPushButton* remove_event_button() const { return remove_event_; }
  // Opens the dialog of event `index` (-1: a new event); its OK replaces
  // the events in one undoable step.
  void open_event_dialog(int index);
  // Opens the distribution editor of driver `key`; its OK is one undoable step.
  void open_distribution_dialog(const std::string& key);
  // The edits of the drivers: one step per edit (changes of one driver
  // less than `merge_ms` apart, such as a held arrow, make one step).
  [[nodiscard]] QUndoStack* undo_stack() const { return undo_; }
  static constexpr int merge_ms = 600;
  // Sets driver `key` to `value` in the session and in its controls,
  // without a new undo step (what undo and redo do).
  void apply_driver(const std::string& key, const Rational& value);
  // Likewise a driver's distribution, and the events.
  void apply_distribution(const std::string& key, forecast::DistributionKind kind,
                          const std::array<Rational, 3>& parameters);
  void apply_events(const std::vector<forecast::FundingEvent>& events);
  // Likewise the whole scenario (a funding line added or removed): the
  // panel is built again from it.
  void apply_scenario(const forecast::FundingScenario& scenario);
  // The undoable edits the panel's controls and dialogs make; an edit the
  // scenario refuses changes nothing and is shown in the status, the
  // message returned.
  QString edit_driver(const std::string& key, const Rational& value);
  QString edit_distribution(const std::string& key, forecast::DistributionKind kind,
                            const std::array<Rational, 3>& parameters);
  QString edit_events(const std::vector<forecast::FundingEvent>& events, const QString& text);
  QString add_funding_line(const forecast::NewFundingLine& line);
  QString remove_funding_line(std::size_t index);
  // What the status line says (an error, "computing…" or nothing).
  [[nodiscard]] QString status() const;
  // The label of driver `key` in the panel, or null. A driver a variant
  // defines otherwise than its base is shown in bold with a marker, its
  // tooltip saying so.
  [[nodiscard]] QLabel* driver_label(const std::string& key) const;
  [[nodiscard]] bool marked_as_variant(const std::string& key) const;
  // The scenario file (the one last saved to); whether edits are unsaved.
  [[nodiscard]] const std::string& file() const;
  [[nodiscard]] bool modified() const;
  // Saves the scenario to `path` (see FundingSession::save); the edits so
  // far become the saved state. Throws Error.
  void save(const std::string& path);
  // The pages: the projection's four charts, then expenses and risks.
  [[nodiscard]] QTabWidget* pages() const { return pages_; }
  [[nodiscard]] FundingRiskPage* risk_page() const { return risks_; }
  // Whether the risks page is shown and its tornado is not yet the one of
  // the figures shown (it is computed apart, off the GUI thread, only for
  // the page shown).
  [[nodiscard]] bool tornado_pending() const;
  // The eight charts of both pages, in reading order (for export).
  [[nodiscard]] QList<QChartView*> chart_views() const;
  [[nodiscard]] QChart* resources_chart() const;
  [[nodiscard]] QChart* result_chart() const;
  [[nodiscard]] QChart* cash_chart() const;
  [[nodiscard]] QChart* share_chart() const;
  // The chart data drawn (the picked scope of the latest figures).
  [[nodiscard]] const FundingChartData& drawn() const { return drawn_; }
  [[nodiscard]] QString title() const;
  // Tooltips: a source's amount in a year; a year's result or cash with its band.
  [[nodiscard]] QString resource_tooltip(int source, int year) const;
  [[nodiscard]] QString band_tooltip(bool cash, int year) const;
  [[nodiscard]] QString share_tooltip(int year) const;

 signals:
  // The file or the unsaved state changed (the tab's title shows them).
  void state_changed();

 private:
  void build_drivers(QWidget* panel);
  void build_sections();
  QWidget* add_section(QWidget* content, const char* title);
  void build_general_sections(QWidget* content);
  void build_tours_section(QWidget* content);
  void build_funding_section(QWidget* content);
  void build_staff_section(QWidget* content);
  QWidget* build_events();
  void add_driver_row(QWidget* section, const std::string& key, const QString& label, QAbstractSpinBox* box);
  // The driver's amount box and, under it, its slider of change.
  void add_amount_row(QWidget* section, const forecast::Driver& driver, double step);
  [[nodiscard]] std::string reference_key(const std::string& key) const;
  // The panel's label of driver `d`, its unit after it.
  [[nodiscard]] QString driver_name(const forecast::Driver& d) const;
  QString edit_scenario(const forecast::FundingScenario& after, const QString& text);
  void update_controls(const std::string& key);
  void show_events();
  [[nodiscard]] QString driver_text(const std::string& key) const;
  void redraw();
  void draw_resources();
  void draw_band(QChartView* view, bool cash);
  void draw_share();
  void request_tornado();
  void show_error(const QString& message);
  void refuse_edit(const QString& message);
  void mark_variant_drivers();
  void update_title();

  Labels labels_;
  FundingSession* session_;
  QUndoStack* undo_;
  QComboBox* scopes_;
  QLabel* title_;
  QLabel* status_;
  QChartView* resources_;
  QChartView* result_;
  QChartView* cash_;
  QChartView* share_;
  QTabWidget* pages_;
  FundingRiskPage* risks_;
  std::optional<TornadoData> tornado_;
  std::uint64_t tornado_of_ = 0;     // the session's figures the tornado is of
  std::uint64_t tornado_asked_ = 0;  // the figures it was last asked for
  std::map<std::string, QAbstractSpinBox*> drivers_;
  std::map<std::string, QLabel*> driver_labels_;
  std::map<std::string, QSlider*> sliders_;
  std::map<std::string, QLabel*> slider_labels_;
  std::map<std::string, QToolButton*> distributions_;
  // The amounts the sliders are relative to, by reference_key: a funding
  // line's by its funder and entity (its key changes when a line before it
  // is removed), another driver's by its key.
  std::map<std::string, Rational> references_;
  QScrollArea* drivers_scroll_ = nullptr;
  QPushButton* add_line_ = nullptr;
  std::vector<QToolButton*> remove_lines_;
  std::map<std::string, Rational> drag_from_;  // a slider's value when its drag began
  EventTimeline* timeline_ = nullptr;
  QPushButton* add_event_ = nullptr;
  QPushButton* edit_event_ = nullptr;
  QPushButton* remove_event_ = nullptr;
  QLabel* variant_ = nullptr;  // "Variante de …" when the scenario has a base
  FundingChartData drawn_;
};

}  // namespace comptoir::gui
