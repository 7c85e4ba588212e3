// A report's chart as data: what the HTML page draws as inline SVG and the
// PDF as vector paths, both from one layout (render/chart_scene.hpp). Its
// numbers are the report's own (the Money of the typed data its table is
// written from, and a share as the table shows it); a renderer turns an
// amount into a position only, and writes it as people read it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "reports/chart_series.hpp"
#include "reports/table.hpp"

namespace comptoir {

enum class ChartKind {
  Bars,       // per category a horizontal bar of each series, side by side (a value may be negative)
  ShareBars,  // one series as horizontal bars, each with its share of the whole
  Band,       // the series as lines over the categories (years), a shaded band between two more
};

// Band: the range between `low` and `high` over their x labels (some of
// the chart's categories: the projected years), e.g. Monte Carlo P5–P95.
struct ChartBand {
  std::string name;  // the legend's ("Monte Carlo P5–P95")
  ChartSeries low;   // named "P5"
  ChartSeries high;  // named "P95"
};

struct Chart {
  ChartKind kind = ChartKind::Bars;
  std::string title;
  std::string value_axis;               // "Montant (€)"
  std::string category_axis;            // "Exercice"; "" for none
  std::vector<std::string> categories;  // the bars' or the points' labels
  std::vector<ChartSeries> series;      // each one value per category
  std::vector<Percent> shares;          // ShareBars: each category's share, as its table shows it
  std::optional<ChartBand> band;        // Band only
};

}  // namespace comptoir
