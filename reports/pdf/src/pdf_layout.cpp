// Lays a PDF's tables out on A4 pages and draws them with QPainter on a
// QPdfWriter (see pdf_document.hpp). Page geometry is in points (the
// writer's resolution is 72 dpi) and, as Qt's painting API is, in floating
// point (qreal): positions and widths only. Every amount arrives here as
// the text a person reads; none is a number on this side.
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPen>
#include <algorithm>
#include <array>
#include <numeric>
#include <utility>
#include <variant>

#include "core/error.hpp"
#include "pdf_content.hpp"
#include "qt_session.hpp"

namespace comptoir {
namespace {

constexpr qreal margin = 34.0;  // 12 mm
constexpr qreal a4_short = 595.28;
constexpr qreal a4_long = 841.89;
constexpr qreal pad = 6.0;          // each side of a cell's text
constexpr qreal small_size = 8.0;   // header's first line, footer
constexpr qreal title_size = 11.0;  // a table's title
constexpr qreal line_factor = 1.7;  // a row's height for its font size
constexpr qreal table_gap = 14.0;   // between two tables on a page
constexpr qreal narrowest = 36.0;   // a text column cut to fit
constexpr std::size_t min_rows_to_start = 4;
// Orientation and font size tried in turn: readable portrait first.
constexpr std::array<std::pair<bool, qreal>, 5> attempts = {
    {{false, 9.0}, {false, 8.0}, {true, 9.0}, {true, 8.0}, {true, 7.0}}};

QString qs(const std::string& s) {
  return QString::fromStdString(s);
}

QFont make_font(const QString& family, qreal size, bool bold) {
  QFont font(family);
  font.setPointSizeF(size);
  font.setBold(bold);
  return font;
}

qreal page_width(bool landscape) {
  return landscape ? a4_long : a4_short;
}
qreal page_height(bool landscape) {
  return landscape ? a4_short : a4_long;
}
qreal line_height(qreal size) {
  return size * line_factor;
}
qreal body_top() {
  return margin + line_height(small_size) + line_height(title_size) + 6.0;
}
qreal body_bottom(bool landscape) {
  return page_height(landscape) - margin - line_height(small_size) - 6.0;
}

// A chart's scene is scaled to the portrait text width, and down to the
// height of a page's body when it is taller.
qreal chart_scale(const ChartScene& scene) {
  const qreal width = (a4_short - 2 * margin) / scene.width;
  const qreal height = (body_bottom(false) - body_top() - line_height(title_size)) / scene.height;
  return std::min(width, height);
}

// How one table is drawn.
struct TableLayout {
  bool landscape = false;
  qreal size = 9.0;
  std::vector<qreal> widths;
  [[nodiscard]] qreal row_height() const { return line_height(size); }
};

// A table's rows [first, last) on a page, from y; titled when its title is
// drawn above it (not the page's first table, whose title is the header's).
struct Fragment {
  std::size_t table = 0;
  std::size_t first = 0;
  std::size_t last = 0;
  qreal y = 0;
  bool titled = false;
};

struct Page {
  bool landscape = false;
  std::vector<Fragment> fragments;
};

class Layout {
 public:
  Layout(QString family, QPaintDevice& device) : family_(std::move(family)), device_(device) {}

  [[nodiscard]] TableLayout fit(const PdfTable& table) const {
    if (table.chart) return {};  // portrait
    for (const auto& [landscape, size] : attempts) {
      auto widths = natural_widths(table, size);
      const qreal room = page_width(landscape) - 2 * margin;
      if (sum(widths) <= room) return {landscape, size, spread(table, std::move(widths), room)};
    }
    const auto& [landscape, size] = attempts.back();
    return {landscape, size, narrow(table, natural_widths(table, size), page_width(landscape) - 2 * margin)};
  }

  [[nodiscard]] const QString& family() const { return family_; }

 private:
  static qreal sum(const std::vector<qreal>& w) { return std::accumulate(w.begin(), w.end(), qreal{0}); }

  [[nodiscard]] std::vector<qreal> natural_widths(const PdfTable& table, qreal size) const {
    const QFontMetricsF normal(make_font(family_, size, false), &device_);
    const QFontMetricsF bold(make_font(family_, size, true), &device_);
    std::vector<qreal> widths(table.headings.size(), 0.0);
    for (std::size_t i = 0; i < widths.size(); ++i) widths[i] = bold.horizontalAdvance(qs(table.headings[i]));
    for (const auto& row : table.rows) {
      const auto& metrics = row.kind == PdfRowKind::Row ? normal : bold;
      for (std::size_t i = 0; i < widths.size() && i < row.cells.size(); ++i) {
        widths[i] = std::max(widths[i], metrics.horizontalAdvance(qs(row.cells[i].text)));
      }
    }
    for (auto& w : widths) w += 2 * pad + 1.0;
    return widths;
  }

  // The room left goes to the widest text column (a statement's labels).
  static std::vector<qreal> spread(const PdfTable& table, std::vector<qreal> widths, qreal room) {
    std::size_t widest = widths.size();
    for (std::size_t i = 0; i < widths.size(); ++i) {
      if (!table.right[i] && (widest == widths.size() || widths[i] > widths[widest])) widest = i;
    }
    if (widest < widths.size()) widths[widest] += room - sum(widths);
    return widths;
  }

  // Text columns are cut down to a common level until the table fits.
  static std::vector<qreal> narrow(const PdfTable& table, std::vector<qreal> widths, qreal room) {
    auto cut = [&](qreal level) {
      auto out = widths;
      for (std::size_t i = 0; i < out.size(); ++i) {
        if (!table.right[i]) out[i] = std::min(out[i], std::max(level, narrowest));
      }
      return out;
    };
    qreal low = narrowest;
    qreal high = *std::max_element(widths.begin(), widths.end());
    for (int i = 0; i < 40; ++i) {
      const qreal mid = (low + high) / 2;
      (sum(cut(mid)) <= room ? low : high) = mid;
    }
    return cut(low);
  }

  QString family_;
  QPaintDevice& device_;
};

std::vector<Page> paginate(const std::vector<PdfTable>& tables, const std::vector<TableLayout>& layouts) {
  std::vector<Page> pages;
  qreal y = 0;
  const qreal title_height = line_height(title_size);
  for (std::size_t t = 0; t < tables.size(); ++t) {
    const auto& layout = layouts[t];
    const qreal rh = layout.row_height();
    const qreal bottom = body_bottom(layout.landscape);
    const std::size_t n = tables[t].rows.size();
    auto new_page = [&] {
      pages.push_back({layout.landscape, {}});
      y = body_top();
    };
    if (const auto& chart = tables[t].chart) {
      // Whole on the current page when it fits there, else on the next.
      const qreal height = chart->height * chart_scale(*chart);
      if (pages.empty() || pages.back().landscape || y + title_height + height > bottom) new_page();
      const bool titled = !pages.back().fragments.empty();
      pages.back().fragments.push_back({t, 0, 0, y, titled});
      y += (titled ? title_height : 0) + height + table_gap;
      continue;
    }
    if (pages.empty() || pages.back().landscape != layout.landscape) {
      new_page();
    } else {
      // On the same page when the table fits there whole, or when it spans
      // pages anyway and a few of its rows fit.
      const qreal room = bottom - y - title_height - rh;
      const qreal whole = rh * static_cast<qreal>(n);
      const bool spans = whole > bottom - body_top() - rh;
      if (whole > room && !(spans && room >= rh * static_cast<qreal>(std::min(n, min_rows_to_start)))) new_page();
    }
    std::size_t r = 0;
    while (true) {
      const bool titled = !pages.back().fragments.empty();
      const qreal first_row = y + (titled ? title_height : 0) + rh;
      const auto fit = static_cast<std::size_t>(std::max(qreal{1}, (bottom - first_row) / rh));
      const std::size_t last = std::min(n, r + fit);
      pages.back().fragments.push_back({t, r, last, y, titled});
      y = first_row + rh * static_cast<qreal>(last - r) + table_gap;
      r = last;
      if (r >= n) break;
      new_page();
    }
  }
  if (pages.empty()) pages.push_back({false, {}});
  return pages;
}

class Painter {
 public:
  Painter(QPainter& painter, const PdfDocument::Content& content, const Layout& layout,
          const std::vector<TableLayout>& layouts)
      : p_(painter), c_(content), labels_(content.language), family_(layout.family()), layouts_(layouts) {}

  void page(const Page& page, int number, int count) {
    const qreal width = page_width(page.landscape);
    const qreal inner = width - 2 * margin;
    // Header: who, then the title of the table the page starts with.
    QString who = qs(c_.info.name);
    if (!c_.info.siren.empty())
      who += QStringLiteral("  ·  ") + qs(labels_("common.siren", {{"siren", c_.info.siren}}));
    p_.setPen(Qt::black);
    p_.setFont(make_font(family_, small_size, false));
    p_.drawText(QRectF(margin, margin, inner, line_height(small_size)), Qt::AlignLeft | Qt::AlignVCenter, who);
    p_.drawText(QRectF(margin, margin, inner, line_height(small_size)), Qt::AlignRight | Qt::AlignVCenter,
                qs(c_.info.period));
    if (!page.fragments.empty()) {
      const auto& first = page.fragments.front();
      p_.setFont(make_font(family_, title_size, true));
      p_.drawText(QRectF(margin, margin + line_height(small_size), inner, line_height(title_size)),
                  Qt::AlignLeft | Qt::AlignVCenter, title(first));
    }
    rule(margin, body_top() - 3.0, width - margin, 0.8, QColor(85, 85, 85));
    // Footer: the date, the chain's head, the page.
    const qreal foot = page_height(page.landscape) - margin - line_height(small_size);
    rule(margin, foot - 3.0, width - margin, 0.5, QColor(153, 153, 153));
    p_.setPen(Qt::black);
    p_.setFont(make_font(family_, small_size, false));
    const QRectF band(margin, foot, inner, line_height(small_size));
    p_.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, qs(labels_.date(c_.info.today)));
    if (!c_.info.chain.empty()) {
      p_.drawText(band, Qt::AlignHCenter | Qt::AlignVCenter, qs(labels_("common.chain", {{"hash", c_.info.chain}})));
    }
    p_.drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                qs(labels_("common.page", {{"n", std::to_string(number)}, {"count", std::to_string(count)}})));
    for (const auto& f : page.fragments) fragment(f, page.landscape);
  }

 private:
  [[nodiscard]] QString title(const Fragment& f) const {
    const auto& t = c_.tables[f.table].title;
    return qs(f.first == 0 ? t : labels_("common.continued", {{"title", t}}));
  }

  void rule(qreal x1, qreal y, qreal x2, qreal thickness, const QColor& colour) {
    p_.setPen(QPen(colour, thickness));
    p_.drawLine(QPointF(x1, y), QPointF(x2, y));
  }

  void fragment(const Fragment& f, bool landscape) {
    const auto& table = c_.tables[f.table];
    const auto& layout = layouts_[f.table];
    const qreal rh = layout.row_height();
    const qreal right = page_width(landscape) - margin;
    const qreal table_right = margin + std::accumulate(layout.widths.begin(), layout.widths.end(), qreal{0});
    qreal y = f.y;
    if (f.titled) {
      p_.setPen(Qt::black);
      p_.setFont(make_font(family_, title_size, true));
      p_.drawText(QRectF(margin, y, right - margin, line_height(title_size)), Qt::AlignLeft | Qt::AlignVCenter,
                  title(f));
      y += line_height(title_size);
    }
    if (table.chart) {
      chart(*table.chart, y);
      return;
    }
    p_.fillRect(QRectF(margin, y, table_right - margin, rh), QColor(240, 240, 240));
    std::vector<PdfCell> headings;
    for (std::size_t i = 0; i < table.headings.size(); ++i) headings.push_back({table.headings[i], table.right[i]});
    cells(headings, y, rh, layout, true);
    y += rh;
    rule(margin, y, table_right, 1.0, QColor(153, 153, 153));
    for (std::size_t r = f.first; r < f.last; ++r) {
      const auto& row = table.rows[r];
      const bool bold = row.kind != PdfRowKind::Row;
      if (row.kind == PdfRowKind::Total || row.kind == PdfRowKind::Footer) {
        rule(margin, y, table_right, 1.0, QColor(85, 85, 85));
      } else if (row.rule_above) {
        rule(margin, y, table_right, 0.6, QColor(153, 153, 153));
      }
      cells(row.cells, y, rh, layout, bold);
      y += rh;
      rule(margin, y, table_right, 0.3, QColor(226, 226, 226));
    }
  }

  // The scene in its own units, scaled to the text width: paths, areas
  // and text, which the PDF keeps as vectors.
  void chart(const ChartScene& scene, qreal top) {
    const qreal scale = chart_scale(scene);
    p_.save();
    p_.translate(margin, top);
    p_.scale(scale, scale);
    p_.setRenderHint(QPainter::Antialiasing);
    for (const auto& shape : scene.shapes) std::visit([this](const auto& s) { draw(s); }, shape);
    p_.restore();
  }

  static QColor colour(Colour c) { return {c.r, c.g, c.b}; }

  void draw(const SceneRect& r) { p_.fillRect(QRectF(r.x, r.y, r.width, r.height), colour(r.fill)); }

  void draw(const ScenePath& path) {
    QPainterPath shape;
    for (std::size_t i = 0; i < path.points.size(); ++i) {
      const QPointF point(path.points[i].x, path.points[i].y);
      if (i == 0) {
        shape.moveTo(point);
      } else {
        shape.lineTo(point);
      }
    }
    if (path.closed) {
      shape.closeSubpath();
      p_.fillPath(shape, colour(path.colour));
    }
    if (path.stroke_width > 0) {
      QPen pen(colour(path.colour), path.stroke_width);
      pen.setCapStyle(Qt::FlatCap);
      if (path.dashed) pen.setDashPattern({3.0, 2.0});
      p_.strokePath(shape, pen);
    }
  }

  void draw(const SceneCircle& c) {
    p_.setPen(QPen(Qt::white, 1.0));
    p_.setBrush(colour(c.fill));
    p_.drawEllipse(QPointF(c.centre.x, c.centre.y), c.radius, c.radius);
    p_.setBrush(Qt::NoBrush);
  }

  void draw(const SceneText& text) {
    const QFont font = make_font(family_, text.size, text.bold);
    const QString s = qs(text.text);
    qreal x = text.at.x;
    if (text.anchor != TextAnchor::Start) {
      const qreal width = QFontMetricsF(font, p_.device()).horizontalAdvance(s);
      x -= text.anchor == TextAnchor::Middle ? width / 2 : width;
    }
    p_.setFont(font);
    p_.setPen(colour(text.colour));
    p_.drawText(QPointF(x, text.at.y), s);
  }

  void cells(const std::vector<PdfCell>& row, qreal y, qreal rh, const TableLayout& layout, bool bold) {
    const QFont font = make_font(family_, layout.size, bold);
    const QFontMetricsF metrics(font, p_.device());
    p_.setFont(font);
    p_.setPen(Qt::black);
    qreal x = margin;
    for (std::size_t i = 0; i < layout.widths.size() && i < row.size(); ++i) {
      const qreal w = layout.widths[i];
      const QRectF box(x + pad, y, w - 2 * pad, rh);
      const QString text = metrics.elidedText(qs(row[i].text), Qt::ElideRight, box.width() + 0.5);
      if (row[i].right) {
        p_.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
      } else {
        p_.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
      }
      x += w;
    }
  }

  QPainter& p_;
  const PdfDocument::Content& c_;
  Labels labels_;
  QString family_;
  const std::vector<TableLayout>& layouts_;
};

}  // namespace

int draw_pdf(const PdfDocument::Content& content) {
  const QtSession session;
  QPdfWriter writer(QString::fromStdString(content.path.string()));
  writer.setResolution(72);
  writer.setCreator(QStringLiteral("Comptoir"));
  if (!content.tables.empty()) writer.setTitle(qs(content.tables.front().title));

  const Layout layout(session.family(), writer);
  std::vector<TableLayout> layouts;
  layouts.reserve(content.tables.size());
  for (const auto& t : content.tables) layouts.push_back(layout.fit(t));
  const auto pages = paginate(content.tables, layouts);

  auto page_layout = [](bool landscape) {
    return QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0));
  };
  writer.setPageLayout(page_layout(pages.front().landscape));
  QPainter painter;
  if (!painter.begin(&writer)) throw Error(ErrorKind::Storage, "cannot write " + content.path.string());
  painter.setRenderHint(QPainter::TextAntialiasing);
  Painter draw(painter, content, layout, layouts);
  const int count = static_cast<int>(pages.size());
  for (int i = 0; i < count; ++i) {
    const auto& page = pages[static_cast<std::size_t>(i)];
    if (i > 0) {
      writer.setPageLayout(page_layout(page.landscape));
      writer.newPage();
    }
    draw.page(page, i + 1, count);
  }
  if (!painter.end()) throw Error(ErrorKind::Storage, "failed writing " + content.path.string());
  return count;
}

}  // namespace comptoir
