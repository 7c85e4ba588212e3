// The "Funding mix" view of one scenario: a scope picker (AT, RES, both
// combined), a first drivers panel (inflation, prestations per type) and
// four charts of what the Document computed: resources by source per year
// (stacked bars), result and year-end cash each with the Monte Carlo P5–P95
// band and P50 line, and the own-resources share. Edits go to the
// FundingSession, which recomputes off the GUI thread; the charts are
// replaced when the latest edit's figures arrive. Draws, computes nothing.
#pragma once

#include <QString>
#include <QWidget>
#include <map>
#include <optional>
#include <string>

#include "core/rational.hpp"
#include "labels/labels.hpp"
#include "reports/funding_risk.hpp"
#include "reports/funding_tables.hpp"

QT_BEGIN_NAMESPACE
class QAbstractSpinBox;
class QComboBox;
class QLabel;
class QUndoStack;
class QChartView;
class QChart;
class QTabWidget;
QT_END_NAMESPACE

namespace comptoir::gui {

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
  // The spin box of driver `key` ("inflation", "prestations[1].count"), or null.
  [[nodiscard]] QAbstractSpinBox* driver_box(const std::string& key) const;
  // The edits of the drivers: one step per edit (changes of one driver
  // less than `merge_ms` apart, such as a held arrow, make one step).
  [[nodiscard]] QUndoStack* undo_stack() const { return undo_; }
  static constexpr int merge_ms = 600;
  // Sets driver `key` to `value` in the session and in its spin box,
  // without a new undo step (what undo and redo do).
  void apply_driver(const std::string& key, const Rational& value);
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
  void edit_driver(const std::string& key, const Rational& value);
  void redraw();
  void draw_resources();
  void draw_band(QChartView* view, bool cash);
  void draw_share();
  void request_tornado();
  void show_error(const QString& message);
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
  QLabel* variant_ = nullptr;  // "Variante de …" when the scenario has a base
  FundingChartData drawn_;
};

}  // namespace comptoir::gui
