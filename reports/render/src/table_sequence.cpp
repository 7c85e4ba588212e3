// Tables one after another on a stream (see table_sequence.hpp).
#include "render/table_sequence.hpp"

namespace comptoir {

void write_tables(const std::vector<TableData>& tables, OutputFormat format, std::ostream& out, const Labels& labels,
                  int text_width) {
  const bool json_array = format == OutputFormat::Json && tables.size() > 1;
  if (json_array) out << "[\n";
  for (std::size_t i = 0; i < tables.size(); ++i) {
    if (i > 0) out << (json_array ? ",\n" : "\n");
    write(tables[i], *make_table_writer(format, out, labels, text_width));
  }
  if (json_array) out << "]\n";
}

void write_tables(const std::vector<TableData>& tables, TableDocument& document, const Labels& labels,
                  const std::vector<PlacedChart>& charts) {
  auto draw = [&](std::size_t written) {
    for (const auto& c : charts) {
      if (c.after == written) document.chart(c.chart, labels);
    }
  };
  draw(0);
  for (std::size_t i = 0; i < tables.size(); ++i) {
    write(tables[i], *document.next_table(labels));
    draw(i + 1);
  }
}

}  // namespace comptoir
