// See event_timeline.hpp.
#include "event_timeline.hpp"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

#include "display.hpp"

namespace comptoir::gui {

namespace {

constexpr int header = 18;  // the years' row
constexpr int row = 22;     // an event's row
constexpr int margin = 6;

QColor kind_color(forecast::FundingEventKind kind) {
  switch (kind) {
    case forecast::FundingEventKind::Prestations:
      return {0xc6, 0x62, 0x1b};
    case forecast::FundingEventKind::FunderLeaves:
      return {0xad, 0x14, 0x57};
    case forecast::FundingEventKind::Staff:
      return {0x15, 0x65, 0xc0};
  }
  return Qt::gray;
}

// A month's index from January of the first projected year: the timeline's
// unit (a position on screen, not a computation on the scenario).
int month_index(const Date& date, int first_year) {
  return (date.year() - first_year) * 12 + static_cast<int>(date.month()) - 1;
}

}  // namespace

EventTimeline::EventTimeline(const Labels& labels, QWidget* parent) : QWidget(parent), labels_(labels) {
  setMouseTracking(true);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void EventTimeline::show_events(const std::vector<forecast::FundingEvent>& events, std::vector<bool> locked,
                                int base_year, int years) {
  events_ = events;
  locked_ = std::move(locked);
  locked_.resize(events_.size(), false);
  base_year_ = base_year;
  years_ = years;
  if (selected_ >= static_cast<int>(events_.size())) selected_ = -1;
  setFixedHeight(sizeHint().height());
  update();
  emit selection_changed(selected_);
}

void EventTimeline::select(int index) {
  selected_ = index >= 0 && index < static_cast<int>(events_.size()) ? index : -1;
  update();
  emit selection_changed(selected_);
}

QSize EventTimeline::sizeHint() const {
  const int rows = std::max<int>(1, static_cast<int>(events_.size()));
  return {600, header + rows * row + margin};
}

QSize EventTimeline::minimumSizeHint() const {
  return {200, sizeHint().height()};
}

double EventTimeline::x_of(const Date& date, bool end) const {
  const int months = std::max(1, years_ * 12);
  const double width = std::max(1, this->width() - 2 * margin);
  int m = month_index(date, base_year_ + 1) + (end ? 1 : 0);
  m = std::clamp(m, 0, months);
  return margin + width * m / months;
}

QRectF EventTimeline::bar(int index) const {
  if (index < 0 || index >= static_cast<int>(events_.size())) return {};
  const auto& e = events_[static_cast<std::size_t>(index)];
  const Date horizon = Date::from_ymd(base_year_ + years_, 12, 31);
  const Date last = e.kind == forecast::FundingEventKind::Prestations && e.to ? *e.to : horizon;
  const double left = x_of(e.from, false);
  const double right = x_of(last, true);
  if (right <= left) return {};
  return {left, static_cast<double>(header + index * row + 2), right - left, static_cast<double>(row - 4)};
}

QString EventTimeline::text(int index) const {
  const auto& e = events_[static_cast<std::size_t>(index)];
  const Labels& t = labels_;
  const char* kind = e.kind == forecast::FundingEventKind::Prestations    ? "gui.event.kind.prestations"
                     : e.kind == forecast::FundingEventKind::FunderLeaves ? "gui.event.kind.funder_leaves"
                                                                          : "gui.event.kind.staff";
  QString name = e.label.empty() ? to_qstring(t(kind)) : to_qstring(e.label);
  if (e.kind == forecast::FundingEventKind::FunderLeaves) name += QStringLiteral(" (") + to_qstring(e.funder) + ")";
  if (e.kind == forecast::FundingEventKind::Staff) name += QStringLiteral(" (") + to_qstring(e.entity) + ")";
  const QString from = to_qstring(t.date(e.from));
  if (e.kind == forecast::FundingEventKind::Prestations && e.to) {
    return to_qstring(
        t("gui.event.span", {{"name", name.toStdString()}, {"from", from.toStdString()}, {"to", t.date(*e.to)}}));
  }
  return to_qstring(t("gui.event.from", {{"name", name.toStdString()}, {"from", from.toStdString()}}));
}

void EventTimeline::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), palette().base());
  const int months = std::max(1, years_ * 12);
  const double width = std::max(1, this->width() - 2 * margin);
  // The years: a label and a line at each January, light lines at quarters.
  for (int m = 0; m <= months; m += 3) {
    const double x = margin + width * m / months;
    p.setPen(QPen(m % 12 == 0 ? QColor(0x90, 0x90, 0x90) : QColor(0xe0, 0xe0, 0xe0), 1));
    p.drawLine(QPointF(x, header - 4), QPointF(x, height() - 2));
    if (m % 12 == 0 && m < months) {
      p.setPen(palette().text().color());
      p.drawText(QRectF(x + 3, 0, width * 12 / months, header - 2), Qt::AlignLeft | Qt::AlignVCenter,
                 QString::number(base_year_ + 1 + m / 12));
    }
  }
  if (events_.empty()) {
    p.setPen(palette().placeholderText().color());
    p.drawText(QRectF(margin, header, width, row), Qt::AlignCenter, to_qstring(labels_("gui.event.none")));
    return;
  }
  for (int i = 0; i < static_cast<int>(events_.size()); ++i) {
    const QRectF r = bar(i);
    if (r.isEmpty()) continue;
    const QColor color = kind_color(events_[static_cast<std::size_t>(i)].kind);
    QColor fill = color;
    fill.setAlpha(locked_[static_cast<std::size_t>(i)] ? 90 : 170);
    p.setBrush(fill);
    p.setPen(QPen(i == selected_ ? palette().highlight().color() : color.darker(130), i == selected_ ? 2.5 : 1));
    p.drawRoundedRect(r, 3, 3);
    if (locked_[static_cast<std::size_t>(i)]) {
      p.setBrush(QBrush(color.darker(120), Qt::BDiagPattern));
      p.drawRoundedRect(r, 3, 3);
    }
    // The text on the bar when it fits, else after it.
    const QString words = text(i);
    if (p.fontMetrics().horizontalAdvance(words) <= r.width() - 8) {
      p.setPen(Qt::white);
      p.drawText(r.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter, words);
    } else {
      const QRectF after(r.right() + 4, r.top(), this->width() - margin - r.right() - 4, r.height());
      p.setPen(palette().text().color());
      p.drawText(after, Qt::AlignLeft | Qt::AlignVCenter,
                 p.fontMetrics().elidedText(words, Qt::ElideRight, static_cast<int>(after.width())));
    }
  }
}

int EventTimeline::event_at(const QPointF& point) const {
  for (int i = 0; i < static_cast<int>(events_.size()); ++i) {
    if (bar(i).contains(point)) return i;
  }
  return -1;
}

void EventTimeline::mousePressEvent(QMouseEvent* event) {
  select(event_at(event->position()));
}

void EventTimeline::mouseDoubleClickEvent(QMouseEvent* event) {
  const int index = event_at(event->position());
  select(index);
  if (index >= 0) emit activated(index);
}

bool EventTimeline::event(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    const int index = event_at(help->pos());
    if (index >= 0) {
      QString tip = text(index);
      if (locked_[static_cast<std::size_t>(index)]) tip += "\n" + to_qstring(labels_("gui.event.locked"));
      QToolTip::showText(help->globalPos(), tip, this);
    } else {
      QToolTip::hideText();
    }
    return true;
  }
  return QWidget::event(event);
}

}  // namespace comptoir::gui
