// The undoable edits of the drivers panel (FundingView): a driver's value,
// a driver's distribution, the events, and the scenario replaced whole (a
// funding line added or removed). Each holds what it sets before and
// after and sets it through the view's apply_* functions, so undo and
// redo move the session, the controls and the variant's marks together.
#pragma once

#include <QDateTime>
#include <QUndoCommand>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "core/rational.hpp"
#include "forecast/funding_scenario.hpp"
#include "funding_view.hpp"

namespace comptoir::gui {

// One edit of a driver. Edits of the same driver close in time (a held
// arrow) merge into one step; an edit back to where it started disappears.
// A slider drag is a step of its own already (pressed to released): it
// merges with nothing, so an edit right after it stays a second step.
class DriverEdit final : public QUndoCommand {
 public:
  enum class Merge { Close, Never };
  DriverEdit(FundingView& view, std::string key, Rational before, Rational after, const QString& text,
             Merge merge = Merge::Close)
      : QUndoCommand(text),
        view_(view),
        key_(std::move(key)),
        before_(std::move(before)),
        after_(std::move(after)),
        when_(QDateTime::currentMSecsSinceEpoch()),
        merge_(merge) {}

  [[nodiscard]] int id() const override { return 1; }
  bool mergeWith(const QUndoCommand* other) override {
    const auto* next = static_cast<const DriverEdit*>(other);
    if (merge_ == Merge::Never || next->merge_ == Merge::Never) return false;
    if (next->key_ != key_ || next->when_ - when_ > FundingView::merge_ms) return false;
    after_ = next->after_;
    when_ = next->when_;
    setObsolete(after_ == before_);
    return true;
  }
  void redo() override { view_.apply_driver(key_, after_); }
  void undo() override { view_.apply_driver(key_, before_); }

 private:
  FundingView& view_;
  std::string key_;
  Rational before_;
  Rational after_;
  qint64 when_;
  Merge merge_;
};

// A driver's distribution replaced (kind and parameters).
class DistributionEdit final : public QUndoCommand {
 public:
  struct Shape {
    forecast::DistributionKind kind;
    std::array<Rational, 3> parameters;
  };
  DistributionEdit(FundingView& view, std::string key, Shape before, Shape after, const QString& text)
      : QUndoCommand(text), view_(view), key_(std::move(key)), before_(std::move(before)), after_(std::move(after)) {}
  void redo() override { view_.apply_distribution(key_, after_.kind, after_.parameters); }
  void undo() override { view_.apply_distribution(key_, before_.kind, before_.parameters); }

 private:
  FundingView& view_;
  std::string key_;
  Shape before_;
  Shape after_;
};

// The events replaced (one added, edited or removed).
class EventsEdit final : public QUndoCommand {
 public:
  EventsEdit(FundingView& view, std::vector<forecast::FundingEvent> before, std::vector<forecast::FundingEvent> after,
             const QString& text)
      : QUndoCommand(text), view_(view), before_(std::move(before)), after_(std::move(after)) {}
  void redo() override { view_.apply_events(after_); }
  void undo() override { view_.apply_events(before_); }

 private:
  FundingView& view_;
  std::vector<forecast::FundingEvent> before_;
  std::vector<forecast::FundingEvent> after_;
};

// The scenario replaced whole: a funding line added or removed renumbers
// the drivers after it, so the step keeps both scenarios rather than a
// value (undo is last in, first out: the keys of the steps above it are
// those of the scenario it restores).
class ScenarioEdit final : public QUndoCommand {
 public:
  ScenarioEdit(FundingView& view, forecast::FundingScenario before, forecast::FundingScenario after,
               const QString& text)
      : QUndoCommand(text), view_(view), before_(std::move(before)), after_(std::move(after)) {}
  void redo() override { view_.apply_scenario(after_); }
  void undo() override { view_.apply_scenario(before_); }

 private:
  FundingView& view_;
  forecast::FundingScenario before_;
  forecast::FundingScenario after_;
};

}  // namespace comptoir::gui
