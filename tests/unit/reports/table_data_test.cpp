// Tables held in memory: written call by call (separators included),
// sized to their content, and written several in a row in each format.
#include "reports/table_data.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "render/table_sequence.hpp"

namespace comptoir {
namespace {

// Which TableWriter calls a table makes, in order.
class CallLog final : public TableWriter {
 public:
  void begin(const TableHeader& header) override { calls.push_back("begin " + header.title); }
  void row(const std::vector<Cell>& cells) override { calls.push_back("row " + first(cells)); }
  void total(const std::vector<Cell>& cells) override { calls.push_back("total " + first(cells)); }
  void footer(const std::vector<Cell>& cells) override { calls.push_back("footer " + first(cells)); }
  void separator() override { calls.emplace_back("separator"); }
  void end() override { calls.emplace_back("end"); }
  std::vector<std::string> calls;

 private:
  static std::string first(const std::vector<Cell>& cells) { return std::get<std::string>(cells.at(0)); }
};

TableData small_table(const std::string& title) {
  TableData t{"small", {title, {{"line", "Poste"}, {"amount", "Montant", 12, Align::Right}}}, {}};
  t.rows.push_back({{std::string("Ventes"), Money::parse("1234.5")}});
  t.rows.push_back({{std::string("Marge"), Money::parse("-12")}, true});
  return t;
}

TEST(TableData, WritesEachRowAfterItsSeparator) {
  CallLog log;
  write(small_table("T"), log);
  EXPECT_EQ(log.calls, (std::vector<std::string>{"begin T", "row Ventes", "separator", "row Marge", "end"}));
}

TEST(TableData, ColumnsAsWideAsTheirContent) {
  TableData t = small_table("T");
  t.header.columns.push_back({"hidden", "Caché", 0});
  t.header.columns.push_back({"note", "N"});
  t.rows[0].cells.insert(t.rows[0].cells.end(), {std::string("never shown"), std::string(70, 'x')});
  t.rows[1].cells.emplace_back(std::string("x"));
  size_columns_to_content(t);
  EXPECT_EQ(t.header.columns[0].width, 6);   // "Ventes"
  EXPECT_EQ(t.header.columns[1].width, 10);  // "1 234,50" with its narrow no-break space in bytes
  EXPECT_EQ(t.header.columns[2].width, 0);   // hidden stays hidden
  EXPECT_EQ(t.header.columns[3].width, max_content_width);
}

TEST(TableData, SeveralTablesInText) {
  std::ostringstream out;
  write_tables({small_table("A"), small_table("B")}, OutputFormat::Text, out, Labels(Language::English));
  EXPECT_EQ(out.str(),
            "A\n\nPoste             Montant\n-------------------------\nVentes            1234.50\n"
            "-------------------------\nMarge              -12.00\n\n\n"
            "B\n\nPoste             Montant\n-------------------------\nVentes            1234.50\n"
            "-------------------------\nMarge              -12.00\n\n");
}

TEST(TableData, SeveralTablesInCsvAndJson) {
  std::ostringstream csv;
  write_tables({small_table("A"), small_table("B")}, OutputFormat::Csv, csv, Labels(Language::French));
  EXPECT_EQ(csv.str(), "line,amount\nVentes,1234.50\nMarge,-12.00\n\nline,amount\nVentes,1234.50\nMarge,-12.00\n");
  std::ostringstream json;
  write_tables({small_table("A"), small_table("B")}, OutputFormat::Json, json, Labels(Language::French));
  const std::string object =
      "\n{\"line\":\"Ventes\",\"amount\":\"1234.50\"},\n{\"line\":\"Marge\",\"amount\":\"-12.00\"}";
  EXPECT_EQ(json.str(), "[\n{\"title\":\"A\",\"rows\":[" + object +
                            "\n],\"totals\":[]}\n,\n{\"title\":\"B\",\"rows\":[" + object + "\n],\"totals\":[]}\n]\n");
  std::ostringstream one;
  write_tables({small_table("A")}, OutputFormat::Json, one, Labels(Language::French));
  EXPECT_EQ(one.str().front(), '{');  // one table: no array
}

}  // namespace
}  // namespace comptoir
