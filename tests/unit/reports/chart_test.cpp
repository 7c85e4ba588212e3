// A report's chart laid out and written as SVG: a shape per value whose
// tip holds its exact amount, axis ticks in whole euros as the language
// writes them, shares as the table shows them, every text escaped, the
// band of a projection; a series of the wrong length is refused.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "core/error.hpp"
#include "render/chart_scene.hpp"
#include "render/html_document.hpp"
#include "render/svg_chart.hpp"

namespace comptoir {
namespace {

std::vector<std::string> tips(const ChartScene& scene) {
  std::vector<std::string> out;
  for (const auto& shape : scene.shapes) {
    std::visit(
        [&](const auto& s) {
          if constexpr (!std::is_same_v<std::decay_t<decltype(s)>, SceneText>) {
            if (!s.tip.empty()) out.push_back(s.tip);
          }
        },
        shape);
  }
  return out;
}

std::vector<std::string> texts(const ChartScene& scene) {
  std::vector<std::string> out;
  for (const auto& shape : scene.shapes) {
    if (const auto* t = std::get_if<SceneText>(&shape)) out.push_back(t->text);
  }
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& text) {
  return std::find(list.begin(), list.end(), text) != list.end();
}

Chart bars() {
  return {ChartKind::Bars,
          "Subventions <au> 31/12",
          "Montant (€)",
          "",
          {"ANCT-2025", "REGION & co"},
          {{"Accordé", {"ANCT-2025", "REGION & co"}, {Money::parse("150000"), Money::parse("30000.5")}},
           {"Dépensé", {"ANCT-2025", "REGION & co"}, {Money::parse("126000.01"), Money::parse("-1200")}}},
          {},
          std::nullopt};
}

TEST(ChartScene, GivesEachValueAShapeWithItsExactAmount) {
  const ChartScene scene = lay_out_chart(bars(), Labels(Language::French));
  const auto all = tips(scene);
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0], "Accordé — ANCT-2025 : 150\u202f000,00\u00a0€");
  EXPECT_EQ(all[1], "Dépensé — ANCT-2025 : 126\u202f000,01\u00a0€");
  EXPECT_EQ(all[3], "Dépensé — REGION & co : -1\u202f200,00\u00a0€");
  // Ticks in whole euros, from below the lowest value (and 0) up; the bar's own text rounded.
  const auto words = texts(scene);
  EXPECT_TRUE(has(words, "0\u00a0€"));
  EXPECT_TRUE(has(words, "150\u202f000\u00a0€"));
  EXPECT_TRUE(has(words, "-50\u202f000\u00a0€"));
  EXPECT_TRUE(has(words, "30\u202f001\u00a0€"));  // 30 000,50 half away from zero
  EXPECT_TRUE(has(words, "Accordé"));             // the legend
  EXPECT_GT(scene.height, 100);
}

TEST(ChartScene, WritesEnglishAmountsInEnglish) {
  const auto all = tips(lay_out_chart(bars(), Labels(Language::English)));
  EXPECT_EQ(all[0], "Accordé — ANCT-2025: 150000.00\u00a0€");
}

TEST(ChartScene, ShowsSharesAsTheTableDoes) {
  const Chart chart{
      ChartKind::ShareBars,   "Charges",
      "Montant (€)",          "",
      {"Salaires", "Loyers"}, {{"Charges", {"Salaires", "Loyers"}, {Money::parse("750"), Money::parse("250")}}},
      {{"75"}, {"25"}},       std::nullopt};
  const ChartScene scene = lay_out_chart(chart, Labels(Language::French));
  EXPECT_EQ(tips(scene), (std::vector<std::string>{"Salaires : 750,00\u00a0€ (75 % du total)",
                                                   "Loyers : 250,00\u00a0€ (25 % du total)"}));
  EXPECT_TRUE(has(texts(scene), "750\u00a0€ · 75 %"));
}

TEST(ChartScene, DrawsABandAndLinesOverTheYears) {
  Chart chart{ChartKind::Band,
              "Trésorerie",
              "Montant (€)",
              "Exercice",
              {"2025", "2026", "2027"},
              {{"Projection", {"2025", "2026", "2027"}, {Money::parse("100"), Money::parse("80"), Money::parse("60")}},
               {"P50", {"2026", "2027"}, {Money::parse("85"), Money::parse("70")}}},
              {},
              ChartBand{"P5–P95",
                        {"P5", {"2026", "2027"}, {Money::parse("-10"), Money::parse("-40")}},
                        {"P95", {"2026", "2027"}, {Money::parse("150"), Money::parse("190")}}}};
  const ChartScene scene = lay_out_chart(chart, Labels(Language::French));
  const auto all = tips(scene);
  ASSERT_EQ(all.size(), 2u + 3u + 2u);  // a segment per band year, a marker per value
  EXPECT_EQ(all[0], "2026 : P5 -10,00\u00a0€ · P95 150,00\u00a0€");
  EXPECT_EQ(all[6], "P50 — 2027 : 70,00\u00a0€");
  EXPECT_TRUE(has(texts(scene), "Exercice"));
  EXPECT_TRUE(has(texts(scene), "2027"));
  chart.series[1].x_labels[1] = "2031";
  EXPECT_THROW((void)lay_out_chart(chart, Labels(Language::French)), Error);
}

TEST(ChartScene, RefusesASeriesOfTheWrongLength) {
  Chart chart = bars();
  chart.series[1].values.pop_back();
  EXPECT_THROW((void)lay_out_chart(chart, Labels(Language::French)), Error);
}

TEST(SvgChart, WritesEscapedShapesWithTheirTitles) {
  std::ostringstream out;
  write_svg(lay_out_chart(bars(), Labels(Language::French)), out);
  const std::string svg = out.str();
  EXPECT_EQ(svg.rfind("<svg viewBox=\"0 0 640 ", 0), 0u);
  EXPECT_NE(svg.find("<title>Subventions &lt;au&gt; 31/12</title>"), std::string::npos);
  EXPECT_NE(svg.find("<title>Dépensé — REGION &amp; co : -1\u202f200,00\u00a0€</title></rect>"), std::string::npos);
  EXPECT_EQ(svg.find("http"), std::string::npos);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  const std::regex rect("<rect [^>]*><title>");
  EXPECT_EQ(std::distance(std::sregex_iterator(svg.begin(), svg.end(), rect), std::sregex_iterator()), 4);
}

TEST(HtmlDocument, DrawsAChartAsAFigureBetweenTables) {
  std::ostringstream out;
  auto document = make_html_document(out);
  const Labels labels(Language::French);
  auto writer = document->next_table(labels);
  writer->begin({"Table", {{"label", "Libellé"}}});
  writer->end();
  document->chart(bars(), labels);
  document->finish();
  const std::string html = out.str();
  const auto table = html.find("</table>");
  const auto figure =
      html.find("<figure class=\"chart\">\n<figcaption>Subventions &lt;au&gt; 31/12</figcaption>\n<svg");
  ASSERT_NE(figure, std::string::npos);
  EXPECT_LT(table, figure);
  EXPECT_NE(html.find("</svg>\n</figure>\n</body>"), std::string::npos);
}

}  // namespace
}  // namespace comptoir
