// The Guinguettes' events of a year as points (date, takings HT), one
// colour per tour: a legend of the tours, a date axis and an axis in
// euros, a tooltip with the event's commune, date, takings, purchases and
// margin, and a signal when an event is clicked (what opens its lines).
#pragma once

#include <QChartView>
#include <QList>
#include <QString>
#include <vector>

#include "labels/labels.hpp"
#include "reports/actuals_charts.hpp"

QT_BEGIN_NAMESPACE
class QScatterSeries;
QT_END_NAMESPACE

namespace comptoir::gui {

class EventChart final : public QChartView {
  Q_OBJECT

 public:
  explicit EventChart(const Labels& labels, QWidget* parent = nullptr);

  // Draws `events` under `title`, replacing what was drawn; `tours` names
  // each tour code ("grand-est" → "Grand Est").
  void show_events(const std::vector<GuinguettePoint>& events, const std::vector<std::string>& tours,
                   const std::vector<std::string>& tour_labels, const QString& title);

  [[nodiscard]] const std::vector<GuinguettePoint>& events() const { return events_; }
  [[nodiscard]] QString title() const;
  [[nodiscard]] QStringList legend_texts() const;
  // The tooltip of event `index` (in the order given).
  [[nodiscard]] QString tooltip(int index) const;
  // The point drawn for event `index`: (ms since the epoch, euros).
  [[nodiscard]] QPointF point(int index) const;
  void click(int index) { emit clicked(index); }

 signals:
  void clicked(int index);

 private:
  [[nodiscard]] int event_at(const QScatterSeries* series, const QPointF& point) const;

  Labels labels_;
  std::vector<GuinguettePoint> events_;
  QList<QScatterSeries*> series_;  // owned by the chart
  QList<QList<int>> indexes_;      // per series, the events of its points
};

}  // namespace comptoir::gui
