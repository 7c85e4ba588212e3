// Text writer of report tables: fixed-width columns for a terminal, in the
// reader's language (French: "1 234,56", 31/12/2025), fitted to a width.
#pragma once

#include <ostream>

#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir {

class TextTableWriter final : public TableWriter {
 public:
  TextTableWriter(std::ostream& out, Labels labels, int width) : out_(out), labels_(labels), width_(width) {}
  void begin(const TableHeader& header) override;
  void row(const std::vector<Cell>& cells) override;
  void total(const std::vector<Cell>& cells) override;
  void footer(const std::vector<Cell>& cells) override { total(cells); }
  void separator() override { rule(); }
  void end() override;

 private:
  void line(const std::vector<Cell>& cells);
  void rule();

  std::ostream& out_;
  Labels labels_;
  int width_;
  std::vector<Column> columns_;
};

// Narrows the columns that allow it (min_width > 0), widest first, until
// the visible columns and their one-space separators fit in `width`, or
// none can narrow further. Exposed for tests.
void fit_columns(std::vector<Column>& columns, int width);

}  // namespace comptoir
