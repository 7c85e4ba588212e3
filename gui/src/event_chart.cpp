// See event_chart.hpp.
#include "event_chart.hpp"

#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QScatterSeries>
#include <QTimeZone>
#include <QToolTip>
#include <algorithm>

#include "chart_style.hpp"
#include "display.hpp"

namespace comptoir::gui {
namespace {

const QList<QColor> tour_colors{QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f), QColor(0xef, 0x6c, 0x00),
                                QColor(0x55, 0x8b, 0x2f)};

double msecs(Date date) {
  return static_cast<double>(QDateTime(QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day())),
                                       QTime(12, 0), QTimeZone::utc())
                                 .toMSecsSinceEpoch());
}

}  // namespace

EventChart::EventChart(const Labels& labels, QWidget* parent) : QChartView(new QChart(), parent), labels_(labels) {
  style_chart(*this, labels_, 1.1);
  setMinimumSize(420, 220);
}

void EventChart::show_events(const std::vector<GuinguettePoint>& events, const std::vector<std::string>& tours,
                             const std::vector<std::string>& tour_labels, const QString& title) {
  events_ = events;
  series_.clear();
  indexes_.clear();
  QChart* c = chart();
  clear_chart(c);
  c->setTitle(title);
  Money low;
  Money high;
  double first = 0;
  double last = 0;
  for (std::size_t t = 0; t < tours.size(); ++t) {
    auto* series = new QScatterSeries();
    series->setName(to_qstring(tour_labels[t]));
    series->setMarkerSize(9);
    series->setColor(tour_colors[static_cast<int>(t) % tour_colors.size()]);
    series->setBorderColor(Qt::white);
    QList<int> indexes;
    for (std::size_t i = 0; i < events_.size(); ++i) {
      if (events_[i].tour != tours[t]) continue;
      series->append(point(static_cast<int>(i)));
      indexes.append(static_cast<int>(i));
      low = std::min(low, events_[i].takings_ht);
      high = std::max(high, events_[i].takings_ht);
      const double x = msecs(events_[i].date);
      first = first == 0 ? x : std::min(first, x);
      last = std::max(last, x);
    }
    connect(series, &QScatterSeries::hovered, this, [this, series](const QPointF& p, bool state) {
      if (!state) return QToolTip::hideText();
      QToolTip::showText(QCursor::pos(), tooltip(event_at(series, p)), this);
    });
    connect(series, &QScatterSeries::clicked, this, [this, series](const QPointF& p) {
      const int index = event_at(series, p);
      if (index >= 0) emit clicked(index);
    });
    series_.append(series);
    indexes_.append(indexes);
    c->addSeries(series);
  }
  auto* x = new QDateTimeAxis();
  x->setFormat(QStringLiteral("dd/MM"));
  x->setTitleText(to_qstring(labels_("gui.axis.date")));
  const double day = 86'400'000.0;
  x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(first - 3 * day), QTimeZone::utc()),
              QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(last + 3 * day), QTimeZone::utc()));
  x->setTickCount(7);
  auto* y = amount_axis(low, high, to_qstring(labels_("gui.axis.amount")), 5);
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  for (QScatterSeries* series : series_) {
    series->attachAxis(x);
    series->attachAxis(y);
  }
}

int EventChart::event_at(const QScatterSeries* series, const QPointF& p) const {
  const qsizetype s = series_.indexOf(const_cast<QScatterSeries*>(series));
  if (s < 0) return -1;
  // The nearest of the series' points (a click lands near one).
  int best = -1;
  double distance = 0;
  for (int index : indexes_[s]) {
    const QPointF q = point(index);
    const QPointF a = chart()->mapToPosition(q, const_cast<QScatterSeries*>(series));
    const QPointF b = chart()->mapToPosition(p, const_cast<QScatterSeries*>(series));
    const double d = (a - b).manhattanLength();
    if (best < 0 || d < distance) {
      best = index;
      distance = d;
    }
  }
  return best;
}

QPointF EventChart::point(int index) const {
  if (index < 0 || static_cast<std::size_t>(index) >= events_.size()) return {};
  const GuinguettePoint& e = events_[static_cast<std::size_t>(index)];
  return {msecs(e.date), chart_value(e.takings_ht)};
}

QString EventChart::tooltip(int index) const {
  if (index < 0 || static_cast<std::size_t>(index) >= events_.size()) return {};
  const GuinguettePoint& e = events_[static_cast<std::size_t>(index)];
  return to_qstring(labels_("gui.event.tooltip", {{"commune", e.commune},
                                                  {"date", labels_.date(e.date)},
                                                  {"tour", e.tour},
                                                  {"takings", euros(e.takings_ht, labels_).toStdString()},
                                                  {"purchases", euros(e.purchases, labels_).toStdString()},
                                                  {"margin", euros(e.gross_margin, labels_).toStdString()}}));
}

QString EventChart::title() const {
  return chart()->title();
}

QStringList EventChart::legend_texts() const {
  QStringList texts;
  for (const QScatterSeries* s : series_) texts << s->name();
  return texts;
}

}  // namespace comptoir::gui
