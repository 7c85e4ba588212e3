// Exporting what the app shows: a chart as PNG (twice the chart's size on
// screen, in pixels), SVG (a drawing of the chart's size) or PDF (an A4
// landscape page), the format told by the file's extension; a table as CSV,
// the machine form `comptoir … --format csv` writes (reports/render's
// writer over the same typed table: codes, ISO dates, 1234.56).
#pragma once

#include <QString>

#include "labels/labels.hpp"
#include "reports/table_data.hpp"

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace comptoir::gui {

// The file dialog's filter of chart formats ("Image PNG (*.png);;…").
[[nodiscard]] QString chart_file_filter(const Labels& labels);
[[nodiscard]] QString table_file_filter(const Labels& labels);

// Writes the chart `view` shows to `path` (.png, .svg or .pdf). Returns ""
// or what went wrong.
[[nodiscard]] QString export_chart(QChartView& view, const QString& path);
// Writes `table` to `path` as CSV. Returns "" or what went wrong.
[[nodiscard]] QString export_table(const TableData& table, const QString& path, const Labels& labels);

}  // namespace comptoir::gui
