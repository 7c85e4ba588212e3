// A funding-mix scenario being explored: its inputs as the drivers panel
// leaves them, and the newest figures the Document computed for them.
// Recomputation runs off the GUI thread (QtConcurrent), debounced (25 ms
// after the last edit) and numbered: a result is shown only when it is the
// one of the latest edit, so a stale result never overwrites a newer one.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <array>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/rational.hpp"
#include "document.hpp"

namespace comptoir::gui {

class FundingSession final : public QObject {
  Q_OBJECT

 public:
  FundingSession(FundingInputs inputs, const Labels& labels, QObject* parent = nullptr);
  ~FundingSession() override;
  FundingSession(const FundingSession&) = delete;
  FundingSession& operator=(const FundingSession&) = delete;

  [[nodiscard]] const FundingInputs& inputs() const { return inputs_; }
  // The value named `key` as the panel left it (exact): a driver's base,
  // a commune class's share, an association's FTEs (forecast's
  // scenario_value).
  [[nodiscard]] Rational driver_value(const std::string& key) const;
  // Moves the value named `key` to `value` (forecast's set_scenario_value)
  // and recomputes after the debounce. Throws Error for an unknown key or a
  // bad value (then nothing changes).
  void set_driver(const std::string& key, const Rational& value);
  // Replaces the distribution of driver `key` (forecast's set_distribution)
  // and recomputes after the debounce. Throws Error.
  void set_distribution(const std::string& key, forecast::DistributionKind kind,
                        const std::array<Rational, 3>& parameters);
  // Replaces the scenario's events (forecast's set_events) and recomputes
  // after the debounce. Throws Error.
  void set_events(std::vector<forecast::FundingEvent> events);
  // Replaces the whole scenario (a funding line added or removed, forecast's
  // add_funding_line / remove_funding_line, or such an edit undone) and
  // recomputes after the debounce.
  void set_scenario(forecast::FundingScenario scenario);
  // Starts a recomputation now (opening a scenario).
  void recompute();
  // Writes the scenario as the panel left it to `path` (forecast's
  // save_funding_scenario: a variant writes only what differs from its
  // base as read when it was opened, so that a change of the base file
  // since is not written into the variant), which becomes the session's
  // file. Throws Error.
  void save(const std::string& path);
  // The drivers a variant defines otherwise than its base (empty for a
  // whole scenario), as the panel left them.
  [[nodiscard]] std::set<std::string> variant_drivers() const;

  // The figures shown, of the latest edit once `computed` was emitted;
  // null before the first result.
  [[nodiscard]] std::shared_ptr<const FundingFigures> figures() const { return figures_; }
  // Numbers of the latest edit and of the figures shown.
  [[nodiscard]] std::uint64_t requested() const { return requested_; }
  [[nodiscard]] std::uint64_t shown() const { return shown_; }
  [[nodiscard]] bool busy() const { return running_ > 0 || debounce_.isActive(); }

  // Short enough to add little to a change's figures, long enough that a
  // held arrow or a slider's drag coalesces (a stale result is dropped
  // anyway, never shown over a newer one).
  static constexpr int debounce_ms = 25;

 signals:
  // figures() was replaced by the result of the latest edit.
  void computed();
  // The latest edit could not be computed: the engine's message.
  void failed(const QString& message);

 private:
  void start();
  void changed();

  FundingInputs inputs_;
  Labels labels_;
  QTimer debounce_;
  std::uint64_t requested_ = 0;
  std::uint64_t shown_ = 0;
  int running_ = 0;
  std::shared_ptr<const FundingFigures> figures_;
};

}  // namespace comptoir::gui
