// A chart as inline SVG for the HTML page: no script, no link, no
// namespace URL (inline SVG in HTML needs none); each value a <rect>,
// <path> or <circle> with a <title> giving its exact amount (a tooltip);
// every text escaped with html_escape().
#pragma once

#include <ostream>

#include "render/chart_scene.hpp"

namespace comptoir {

void write_svg(const ChartScene& scene, std::ostream& out);

}  // namespace comptoir
