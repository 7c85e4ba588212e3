// Lays a chart out as shapes (see chart_scene.hpp). Text widths are
// estimated (DejaVu Sans averages about 0.6 em a character): the SVG
// cannot measure text, and the PDF draws the same layout.
#include "render/chart_scene.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>

#include "core/error.hpp"

namespace comptoir {
namespace {

// Okabe and Ito's palette, dark enough to tell apart in grey on paper.
constexpr std::array<Colour, 6> palette = {
    {{0, 114, 178}, {230, 159, 0}, {0, 158, 115}, {213, 94, 0}, {204, 121, 167}, {86, 180, 233}}};
constexpr Colour grid{221, 221, 221};
constexpr Colour axis{85, 85, 85};
constexpr Colour muted{85, 85, 85};
constexpr Colour band_fill{198, 219, 239};
constexpr Colour band_edge{107, 174, 214};

constexpr double legend_row = 18;
constexpr double tick_size = 9;
constexpr double label_size = 10;
constexpr double value_size = 9;

double text_width(const std::string& text, double size) {
  const auto points = std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; });
  return static_cast<double>(points) * size * 0.6;
}

// `text` cut to `room` with "…" (whole UTF-8 characters).
std::string fitted(const std::string& text, double size, double room) {
  if (text_width(text, size) <= room) return text;
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = 1;
    while (i + n < text.size() && (text[i + n] & 0xC0) == 0x80) ++n;
    if (text_width(out + text.substr(i, n) + "…", size) > room) break;
    out += text.substr(i, n);
    i += n;
  }
  return out + "…";
}

std::string euros(Money amount, const Labels& t) {
  return t.amount(amount) + "\u00a0€";
}

// Whole euros rounded half away from zero, "1 234 €".
std::string whole_euros(Money amount, const Labels& t) {
  const std::int64_t c = amount.cents();
  const std::int64_t e = (c < 0 ? -1 : 1) * ((std::llabs(c) + 50) / 100);
  std::string text = t.amount(Money::from_euros(e));
  text.resize(text.size() - 3);  // ",00" or ".00"
  return text + "\u00a0€";
}

// A value axis over whole euros: about five steps of 1, 2 or 5 × 10^k
// euros from a multiple of the step at or below the lowest value (and 0)
// to one at or above the highest.
struct Scale {
  std::int64_t low = 0;  // cents
  std::int64_t high = 0;
  std::int64_t step = 0;
  double from = 0;  // the position of `low`
  double to = 0;    // of `high`

  [[nodiscard]] double at(Money value) const {
    return from + (to - from) * static_cast<double>(value.cents() - low) / static_cast<double>(high - low);
  }
  [[nodiscard]] std::vector<Money> ticks() const {
    std::vector<Money> out;
    for (std::int64_t v = low; v <= high; v += step) out.push_back(Money::from_cents(v));
    return out;
  }
};

std::int64_t floor_to(std::int64_t v, std::int64_t step) {
  const std::int64_t q = v / step;
  return (v % step != 0 && v < 0 ? q - 1 : q) * step;
}

Scale scale_of(const std::vector<Money>& values) {
  std::int64_t lo = 0;
  std::int64_t hi = 0;
  for (Money v : values) {
    lo = std::min(lo, v.cents());
    hi = std::max(hi, v.cents());
  }
  if (lo == hi) hi = lo + 100;
  const std::int64_t raw = (hi - lo) / 5;
  std::int64_t magnitude = 100;
  while (magnitude * 10 <= raw) magnitude *= 10;
  std::int64_t step = magnitude;
  for (const std::int64_t f : {1, 2, 5, 10}) {
    step = f * magnitude;
    if (step >= raw) break;
  }
  Scale s;
  s.step = step;
  s.low = floor_to(lo, step);
  s.high = -floor_to(-hi, step);
  return s;
}

class Builder {
 public:
  Builder(const Chart& chart, const Labels& labels) : c_(chart), t_(labels) {
    scene_.title = chart.title;
    scene_.width = chart_width;
  }

  ChartScene build() {
    for (const auto& s : c_.series) {
      if (s.values.size() != c_.categories.size() && c_.kind != ChartKind::Band) {
        throw Error(ErrorKind::Internal, "chart '" + c_.title + "': series '" + s.name + "' has " +
                                             std::to_string(s.values.size()) + " values for " +
                                             std::to_string(c_.categories.size()) + " categories");
      }
    }
    const double top = legend();
    if (c_.kind == ChartKind::Band) {
      band_chart(top);
    } else {
      bar_chart(top);
    }
    return std::move(scene_);
  }

 private:
  void add(SceneShape shape) { scene_.shapes.push_back(std::move(shape)); }

  void text(double x, double y, std::string s, double size, TextAnchor anchor, Colour colour = {26, 26, 26},
            bool bold = false) {
    add(SceneText{{x, y}, std::move(s), size, bold, anchor, colour});
  }

  // The legend's items left to right, wrapped; returns the y below it.
  double legend() {
    struct Item {
      std::string name;
      Colour colour;
      bool line;
    };
    std::vector<Item> items;
    if (c_.kind == ChartKind::ShareBars) return 4;  // one series: its title says what it is
    if (c_.band) items.push_back({c_.band->name, band_fill, false});
    for (std::size_t i = 0; i < c_.series.size(); ++i) {
      items.push_back({c_.series[i].name, colour(i), c_.kind == ChartKind::Band});
    }
    double x = 0;
    double y = 0;
    for (const auto& item : items) {
      const double w = 20 + text_width(item.name, label_size) + 16;
      if (x > 0 && x + w > scene_.width) {
        x = 0;
        y += legend_row;
      }
      if (item.line) {
        add(ScenePath{{{x, y + 9}, {x + 14, y + 9}}, false, item.colour, 2.5, false, ""});
      } else {
        add(SceneRect{x, y + 3, 14, 12, item.colour, ""});
      }
      text(x + 20, y + 13.5, item.name, label_size, TextAnchor::Start);
      x += w;
    }
    return y + legend_row + 8;
  }

  [[nodiscard]] Colour colour(std::size_t series) const { return palette[series % palette.size()]; }

  // The text after a bar: whole euros, and its share for ShareBars.
  [[nodiscard]] std::string bar_text(std::size_t s, std::size_t i) const {
    std::string out = whole_euros(c_.series[s].values[i], t_);
    if (c_.kind == ChartKind::ShareBars && i < c_.shares.size()) out += " · " + t_.decimal(c_.shares[i].decimal) + " %";
    return out;
  }

  [[nodiscard]] std::string value_tip(std::size_t s, std::size_t i) const {
    const std::string amount = euros(c_.series[s].values[i], t_);
    if (c_.kind == ChartKind::ShareBars && i < c_.shares.size()) {
      return t_("graph.tip.share",
                {{"label", c_.categories[i]}, {"amount", amount}, {"share", t_.decimal(c_.shares[i].decimal) + " %"}});
    }
    return t_("graph.tip.value", {{"series", c_.series[s].name}, {"label", c_.categories[i]}, {"amount", amount}});
  }

  // Categories down the left, a bar per series to the right of them, the
  // value after each bar; the axis under them.
  void bar_chart(double top) {
    const bool shares = c_.kind == ChartKind::ShareBars;
    const std::size_t n = c_.series.size();
    double label_room = 0;
    for (const auto& c : c_.categories) label_room = std::max(label_room, text_width(c, label_size));
    label_room = std::min(label_room + 8, scene_.width * 0.4);
    double value_room = 0;
    std::vector<Money> values;
    for (std::size_t s = 0; s < n; ++s) {
      for (std::size_t i = 0; i < c_.categories.size(); ++i) {
        value_room = std::max(value_room, text_width(bar_text(s, i), value_size));
        values.push_back(c_.series[s].values[i]);
      }
    }
    Scale scale = scale_of(values);
    scale.from = label_room + 4;
    scale.to = scene_.width - value_room - 10;
    const double bar = shares ? 14 : 10;
    const double gap = shares ? 6 : 10;
    const double group = bar * static_cast<double>(n) + gap;
    const double bottom = top + group * static_cast<double>(c_.categories.size());
    for (Money tick : scale.ticks()) {
      const double x = scale.at(tick);
      add(ScenePath{
          {{x, top - 4}, {x, bottom}}, false, tick.is_zero() ? axis : grid, tick.is_zero() ? 1 : 0.6, false, ""});
      text(x, bottom + 13, whole_euros(tick, t_), tick_size, TextAnchor::Middle, muted);
    }
    for (std::size_t i = 0; i < c_.categories.size(); ++i) {
      const double y = top + group * static_cast<double>(i);
      text(label_room, y + bar * static_cast<double>(n) / 2 + 3.5, fitted(c_.categories[i], label_size, label_room),
           label_size, TextAnchor::End);
      for (std::size_t s = 0; s < n; ++s) {
        const Money v = c_.series[s].values[i];
        const double zero = scale.at(Money());
        const double end = scale.at(v);
        const double y0 = y + bar * static_cast<double>(s);
        add(SceneRect{std::min(zero, end), y0 + 1, std::abs(end - zero), bar - 2, colour(s), value_tip(s, i)});
        text(std::max(zero, end) + 4, y0 + bar / 2 + 3, bar_text(s, i), value_size, TextAnchor::Start, muted);
      }
    }
    double height = bottom + 18;
    if (!c_.value_axis.empty()) {
      text((scale.from + scale.to) / 2, bottom + 30, c_.value_axis, tick_size, TextAnchor::Middle, muted);
      height += 14;
    }
    scene_.height = height;
  }

  // The years along the bottom, the amounts up the left; the band first,
  // then each series as a line with a marker per value.
  void band_chart(double top) {
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < c_.categories.size(); ++i) index[c_.categories[i]] = i;
    std::vector<Money> values;
    auto collect = [&](const ChartSeries& s) { values.insert(values.end(), s.values.begin(), s.values.end()); };
    for (const auto& s : c_.series) collect(s);
    if (c_.band) {
      collect(c_.band->low);
      collect(c_.band->high);
    }
    Scale scale = scale_of(values);
    double tick_room = 0;
    for (Money tick : scale.ticks()) tick_room = std::max(tick_room, text_width(whole_euros(tick, t_), tick_size));
    if (!c_.value_axis.empty()) {
      text(0, top + 4, c_.value_axis, tick_size, TextAnchor::Start, muted);
      top += 16;
    }
    const double left = tick_room + 10;
    const double right = scene_.width - 10;
    const double bottom = top + 220;
    scale.from = bottom;
    scale.to = top;
    const double slot = (right - left) / static_cast<double>(std::max<std::size_t>(1, c_.categories.size()));
    auto x_of = [&](const std::string& label) {
      const auto found = index.find(label);
      if (found == index.end()) throw Error(ErrorKind::Internal, "chart '" + c_.title + "': no category " + label);
      return left + slot * (static_cast<double>(found->second) + 0.5);
    };
    for (Money tick : scale.ticks()) {
      const double y = scale.at(tick);
      add(ScenePath{{{left, y}, {right, y}}, false, tick.is_zero() ? axis : grid, tick.is_zero() ? 1 : 0.6, false, ""});
      text(left - 6, y + 3, whole_euros(tick, t_), tick_size, TextAnchor::End, muted);
    }
    for (const auto& c : c_.categories) text(x_of(c), bottom + 14, c, label_size, TextAnchor::Middle);
    if (!c_.category_axis.empty()) {
      text((left + right) / 2, bottom + 30, c_.category_axis, tick_size, TextAnchor::Middle, muted);
    }
    if (c_.band) {
      const auto& low = c_.band->low;
      const auto& high = c_.band->high;
      ScenePath area{{}, true, band_fill, 0, false, ""};
      for (std::size_t i = 0; i < high.values.size(); ++i)
        area.points.push_back({x_of(high.x_labels[i]), scale.at(high.values[i])});
      for (std::size_t i = low.values.size(); i-- > 0;)
        area.points.push_back({x_of(low.x_labels[i]), scale.at(low.values[i])});
      add(std::move(area));
      for (std::size_t i = 0; i < low.values.size() && i < high.values.size(); ++i) {
        const double x = x_of(low.x_labels[i]);
        add(ScenePath{{{x, scale.at(low.values[i])}, {x, scale.at(high.values[i])}},
                      false,
                      band_edge,
                      3,
                      false,
                      t_("graph.tip.band", {{"label", low.x_labels[i]},
                                            {"low_name", low.name},
                                            {"low", euros(low.values[i], t_)},
                                            {"high_name", high.name},
                                            {"high", euros(high.values[i], t_)}})});
      }
    }
    for (std::size_t s = 0; s < c_.series.size(); ++s) {
      const auto& series = c_.series[s];
      ScenePath line{{}, false, colour(s), 2, s > 0, ""};
      for (std::size_t i = 0; i < series.values.size(); ++i)
        line.points.push_back({x_of(series.x_labels[i]), scale.at(series.values[i])});
      add(line);
      for (std::size_t i = 0; i < series.values.size(); ++i) {
        add(SceneCircle{
            line.points[i], 3.5, colour(s),
            t_("graph.tip.value",
               {{"series", series.name}, {"label", series.x_labels[i]}, {"amount", euros(series.values[i], t_)}})});
      }
    }
    scene_.height = bottom + (c_.category_axis.empty() ? 22 : 38);
  }

  const Chart& c_;
  const Labels& t_;
  ChartScene scene_;
};

}  // namespace

ChartScene lay_out_chart(const Chart& chart, const Labels& labels) {
  return Builder(chart, labels).build();
}

}  // namespace comptoir
