// A chart's scene as SVG (see svg_chart.hpp).
#include "render/svg_chart.hpp"

#include <charconv>
#include <cstdio>

#include "render/html_document.hpp"

namespace comptoir {
namespace {

// A coordinate with one decimal, whatever the C locale says.
std::string num(double v) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, 1);
  std::string text(buffer, ec == std::errc() ? end : buffer);
  if (text.size() > 2 && text.ends_with(".0")) text.resize(text.size() - 2);
  return text == "-0" ? "0" : text;
}

std::string hex(Colour c) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", c.r, c.g, c.b);
  return buffer;
}

void close_with_tip(std::ostream& out, const char* tag, const std::string& tip) {
  if (tip.empty()) {
    out << "/>\n";
  } else {
    out << "><title>" << html_escape(tip) << "</title></" << tag << ">\n";
  }
}

struct Writer {
  std::ostream& out;

  void operator()(const SceneRect& r) const {
    out << "<rect x=\"" << num(r.x) << "\" y=\"" << num(r.y) << "\" width=\"" << num(r.width) << "\" height=\""
        << num(r.height) << "\" fill=\"" << hex(r.fill) << '"';
    close_with_tip(out, "rect", r.tip);
  }
  void operator()(const ScenePath& p) const {
    out << "<path d=\"";
    for (std::size_t i = 0; i < p.points.size(); ++i) {
      out << (i == 0 ? "M" : " L") << num(p.points[i].x) << ' ' << num(p.points[i].y);
    }
    if (p.closed) out << " Z";
    out << '"';
    if (p.closed) {
      out << " fill=\"" << hex(p.colour) << '"';
    } else {
      out << " fill=\"none\"";
    }
    if (p.stroke_width > 0) {
      out << " stroke=\"" << hex(p.colour) << "\" stroke-width=\"" << num(p.stroke_width) << '"';
      if (p.dashed) out << " stroke-dasharray=\"6 4\"";
    }
    close_with_tip(out, "path", p.tip);
  }
  void operator()(const SceneCircle& c) const {
    out << "<circle cx=\"" << num(c.centre.x) << "\" cy=\"" << num(c.centre.y) << "\" r=\"" << num(c.radius)
        << "\" fill=\"" << hex(c.fill) << "\" stroke=\"#ffffff\" stroke-width=\"1\"";
    close_with_tip(out, "circle", c.tip);
  }
  void operator()(const SceneText& t) const {
    out << "<text x=\"" << num(t.at.x) << "\" y=\"" << num(t.at.y) << "\" font-size=\"" << num(t.size) << '"';
    if (t.anchor == TextAnchor::Middle) out << " text-anchor=\"middle\"";
    if (t.anchor == TextAnchor::End) out << " text-anchor=\"end\"";
    if (t.bold) out << " font-weight=\"700\"";
    if (!(t.colour == Colour{26, 26, 26})) out << " fill=\"" << hex(t.colour) << '"';
    out << '>' << html_escape(t.text) << "</text>\n";
  }
};

}  // namespace

void write_svg(const ChartScene& scene, std::ostream& out) {
  out << "<svg viewBox=\"0 0 " << num(scene.width) << ' ' << num(scene.height) << "\" width=\"" << num(scene.width)
      << "\" height=\"" << num(scene.height) << "\" role=\"img\" font-family=\"'DejaVu Sans',Verdana,sans-serif\" "
      << "fill=\"#1a1a1a\">\n<title>" << html_escape(scene.title) << "</title>\n";
  for (const auto& shape : scene.shapes) std::visit(Writer{out}, shape);
  out << "</svg>\n";
}

}  // namespace comptoir
