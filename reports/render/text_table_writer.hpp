// Text renderer of report tables (see table.hpp).
#pragma once

#include "reports/table.hpp"

namespace comptoir {

class TextTableWriter final : public TableWriter {
 public:
  TextTableWriter(std::ostream& out, Language language) : out_(out), language_(language) {}
  void begin(const TableHeader& header) override;
  void row(const std::vector<Cell>& cells) override;
  void total(const std::vector<Cell>& cells) override;
  void end() override;

 private:
  [[nodiscard]] std::string format(const Cell& cell) const;
  void line(const std::vector<Cell>& cells);
  void rule();

  std::ostream& out_;
  Language language_;
  std::vector<Column> columns_;
};

}  // namespace comptoir
