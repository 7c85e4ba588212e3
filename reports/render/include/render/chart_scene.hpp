// A chart laid out once as shapes in a plane of `width` × `height` units
// (y down): what the SVG writer (render/svg_chart.hpp) and the PDF writer
// (pdf/) both draw, so the page and the PDF show the same picture. The
// positions are floating point (geometry only); every amount is already
// the text a person reads ("1 234 €" on an axis, the exact "1 234,56 €"
// in a value's tip). A shape with a tip is a value: the SVG gives it a
// <title> (a tooltip), the PDF draws it alone.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "labels/labels.hpp"
#include "render/chart.hpp"

namespace comptoir {

struct Colour {
  std::uint8_t r = 0, g = 0, b = 0;
  bool operator==(const Colour&) const = default;
};

struct ScenePoint {
  double x = 0;
  double y = 0;
};

struct SceneRect {
  double x = 0, y = 0, width = 0, height = 0;
  Colour fill;
  std::string tip;  // a value's exact text; "" for a legend's swatch
};

// A line through `points` (stroked), or a closed area (filled).
struct ScenePath {
  std::vector<ScenePoint> points;
  bool closed = false;
  Colour colour;
  double stroke_width = 1;  // 0: filled only (a closed area)
  bool dashed = false;
  std::string tip;
};

struct SceneCircle {
  ScenePoint centre;
  double radius = 3;
  Colour fill;
  std::string tip;
};

enum class TextAnchor { Start, Middle, End };

struct SceneText {
  ScenePoint at;  // the baseline's start, middle or end
  std::string text;
  double size = 11;
  bool bold = false;
  TextAnchor anchor = TextAnchor::Start;
  Colour colour{26, 26, 26};
};

using SceneShape = std::variant<SceneRect, ScenePath, SceneCircle, SceneText>;

struct ChartScene {
  std::string title;
  double width = 0;
  double height = 0;
  std::vector<SceneShape> shapes;  // in painting order
};

// The width a scene is laid out in (units: CSS pixels in the page; the PDF
// scales it to its text width).
inline constexpr double chart_width = 640;

// Lays `chart` out: a legend, the axis with whole-euro ticks written as
// `labels`' language writes amounts ("1 234 €"), the bars, band and lines.
[[nodiscard]] ChartScene lay_out_chart(const Chart& chart, const Labels& labels);

}  // namespace comptoir
