// See export.hpp.
#include "export.hpp"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QResizeEvent>
#include <QSvgGenerator>
#include <fstream>

#include "display.hpp"
#include "render/table_sequence.hpp"

namespace comptoir::gui {

namespace {

// The chart as drawn in the view, into `painter`'s `target` (the view's
// proportions kept).
void paint(QChartView& view, QPainter& painter, const QRectF& target) {
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing);
  view.render(&painter, target, view.viewport()->rect(), Qt::KeepAspectRatio);
}

// A chart on a page not shown yet (the Funding mix tab's second page) was
// never laid out: Qt resizes a hidden widget only when it is shown. Give
// it a size and the resize its view would have had.
void lay_out_if_hidden(QChartView& view) {
  if (view.isVisible()) return;
  const QSize old = view.size();
  view.resize(old.expandedTo(QSize(900, 560)));
  QResizeEvent event(view.size(), old);
  QCoreApplication::sendEvent(&view, &event);
  view.chart()->resize(view.viewport()->size());
  // The chart lays out its axes and series on posted events.
  QCoreApplication::processEvents();
}

}  // namespace

QString chart_file_filter(const Labels& labels) {
  return to_qstring(labels("gui.export.png")) + QStringLiteral(" (*.png);;") + to_qstring(labels("gui.export.svg")) +
         QStringLiteral(" (*.svg);;") + to_qstring(labels("gui.export.pdf")) + QStringLiteral(" (*.pdf)");
}

QString table_file_filter(const Labels& labels) {
  return to_qstring(labels("gui.export.csv")) + QStringLiteral(" (*.csv)");
}

QString export_chart(QChartView& view, const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  lay_out_if_hidden(view);
  const QSize size = view.viewport()->size();
  const QString title = view.chart()->title();
  if (suffix == QLatin1String("png")) {
    // Twice the pixels of the screen: sharp when printed or projected.
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
      QPainter painter(&image);
      paint(view, painter, QRectF(QPointF(), size));
    }
    return image.save(path, "PNG") ? QString() : QStringLiteral("cannot write ") + path;
  }
  if (suffix == QLatin1String("svg")) {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(), size));
    svg.setTitle(title);
    svg.setDescription(QStringLiteral("Comptoir"));
    QPainter painter;
    if (!painter.begin(&svg)) return QStringLiteral("cannot write ") + path;
    paint(view, painter, QRectF(QPointF(), size));
    painter.end();
    return QFileInfo(path).size() > 0 ? QString() : QStringLiteral("cannot write ") + path;
  }
  if (suffix == QLatin1String("pdf")) {
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(300);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Comptoir"));
    QPainter painter;
    if (!painter.begin(&pdf)) return QStringLiteral("cannot write ") + path;
    paint(view, painter, QRectF(QPointF(), QSizeF(pdf.width(), pdf.height())));
    painter.end();
    return QString();
  }
  return QStringLiteral("unknown image format '") + suffix + QStringLiteral("' (png, svg or pdf)");
}

QString export_table(const TableData& table, const QString& path, const Labels& labels) {
  std::ofstream out(path.toStdString(), std::ios::binary | std::ios::trunc);
  if (!out) return QStringLiteral("cannot write ") + path;
  write_tables({table}, OutputFormat::Csv, out, labels);
  out.flush();
  return out ? QString() : QStringLiteral("cannot write ") + path;
}

}  // namespace comptoir::gui
