// A funding scenario's events on a timeline: a bar per event over the
// projection's months (from its first day to its last, or to the horizon
// when it has none; a funder leaving or staff changing runs to the
// horizon), a colour per kind, its label on the bar, the years along the
// top. A click picks an event, a double click asks to edit it. Draws only:
// the dates come from forecast's FundingEvent.
#pragma once

#include <QWidget>
#include <vector>

#include "forecast/funding_scenario.hpp"
#include "labels/labels.hpp"

namespace comptoir::gui {

class EventTimeline final : public QWidget {
  Q_OBJECT

 public:
  EventTimeline(const Labels& labels, QWidget* parent = nullptr);

  // Draws `events` over the months of the years after `base_year` to
  // `base_year + years`; `locked[i]`: event i is its base's (a variant
  // cannot change it), drawn hatched.
  void show_events(const std::vector<forecast::FundingEvent>& events, std::vector<bool> locked, int base_year,
                   int years);
  [[nodiscard]] const std::vector<forecast::FundingEvent>& events() const { return events_; }
  // The event picked (-1: none).
  [[nodiscard]] int selected() const { return selected_; }
  void select(int index);
  // The rectangle event `index` is drawn in (empty when it falls outside
  // the projection).
  [[nodiscard]] QRectF bar(int index) const;
  // The text of event `index`: its label or kind, and its dates.
  [[nodiscard]] QString text(int index) const;

  [[nodiscard]] QSize sizeHint() const override;
  [[nodiscard]] QSize minimumSizeHint() const override;

 signals:
  void selection_changed(int index);
  void activated(int index);  // double click

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  bool event(QEvent* event) override;  // tooltips

 private:
  [[nodiscard]] int event_at(const QPointF& point) const;
  [[nodiscard]] double x_of(const Date& date, bool end) const;

  Labels labels_;
  std::vector<forecast::FundingEvent> events_;
  std::vector<bool> locked_;
  int base_year_ = 0;
  int years_ = 0;
  int selected_ = -1;
};

}  // namespace comptoir::gui
