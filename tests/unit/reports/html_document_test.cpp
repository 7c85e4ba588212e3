// The HTML page of report tables: escaped text, French and English
// amounts, one section per table, machine-only columns left out, totals
// and breaks marked, and a page even with no table.
#include "render/html_document.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace comptoir {
namespace {

TableHeader header(const std::string& title) {
  return {title,
          {{"row", "Row", 0, Align::Left, 0, true}, {"label", "Libellé"}, {"amount", "Montant", 12, Align::Right}}};
}

std::string page(const Labels& labels, int tables) {
  std::ostringstream out;
  auto document = make_html_document(out);
  for (int i = 0; i < tables; ++i) {
    auto writer = document->next_table(labels);
    writer->begin(header("Table <" + std::to_string(i + 1) + ">"));
    writer->row({std::string("r1"), std::string("<script>alert('x')</script> & \"co\""), Money::parse("1234567.8")});
    writer->separator();
    writer->total({std::string("r2"), std::string("Total"), Money::parse("-12")});
    writer->footer({{}, Date::from_ymd(2025, 12, 31), Money::parse("1234555.8")});
    writer->end();
  }
  document->finish();
  return out.str();
}

TEST(HtmlDocument, EscapesEveryText) {
  const std::string html = page(Labels(Language::French), 1);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"), std::string::npos);
  EXPECT_NE(html.find("<h2>Table &lt;1&gt;</h2>"), std::string::npos);
  EXPECT_NE(html.find("<title>Table &lt;1&gt;</title>"), std::string::npos);
  EXPECT_EQ(html_escape("a<b>&'\""), "a&lt;b&gt;&amp;&#39;&quot;");
}

TEST(HtmlDocument, WritesAmountsAndDatesAsTheLanguageDoes) {
  const std::string fr = page(Labels(Language::French), 1);
  EXPECT_NE(fr.find("<td class=\"num\">1\u202f234\u202f567,80</td>"), std::string::npos);
  EXPECT_NE(fr.find("<td class=\"date\">31/12/2025</td>"), std::string::npos);
  EXPECT_NE(fr.find("<html lang=\"fr\">"), std::string::npos);
  const std::string en = page(Labels(Language::English), 1);
  EXPECT_NE(en.find("<td class=\"num\">1234567.80</td>"), std::string::npos);
  EXPECT_NE(en.find("<td class=\"date\">2025-12-31</td>"), std::string::npos);
  EXPECT_NE(en.find("<html lang=\"en\">"), std::string::npos);
}

TEST(HtmlDocument, MarksTotalsFootersAndBreaksAndLeavesOutMachineColumns) {
  const std::string html = page(Labels(Language::French), 1);
  EXPECT_NE(html.find("<tr class=\"total break\"><td>Total</td><td class=\"num\">-12,00</td></tr>"), std::string::npos);
  EXPECT_NE(html.find("<tr class=\"footer\"><td class=\"date\">31/12/2025</td>"), std::string::npos);
  EXPECT_EQ(html.find("r1"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"col\" class=\"num\">Montant</th>"), std::string::npos);
}

TEST(HtmlDocument, PutsEveryTableInOnePage) {
  const std::string html = page(Labels(Language::French), 3);
  std::size_t sections = 0;
  for (auto at = html.find("<section>"); at != std::string::npos; at = html.find("<section>", at + 1)) ++sections;
  EXPECT_EQ(sections, 3U);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>"), 0U);
  EXPECT_EQ(html.substr(html.size() - 16), "</body>\n</html>\n");
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("thead{display:table-header-group}"), std::string::npos);
}

TEST(HtmlDocument, IsAValidPageWithNoTable) {
  const std::string html = page(Labels(Language::French), 0);
  EXPECT_NE(html.find("<title>Comptoir</title>"), std::string::npos);
  EXPECT_NE(html.find("<body>\n</body>\n</html>\n"), std::string::npos);
}

}  // namespace
}  // namespace comptoir
