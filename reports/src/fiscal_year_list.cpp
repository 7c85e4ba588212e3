// See fiscal_year_list.hpp.
#include "reports/fiscal_year_list.hpp"

#include "reports/book_listings.hpp"

namespace comptoir {

void write_fiscal_years(const BookReader& book, const std::string& entity, const Labels& t, TableWriter& out) {
  TransactionFilter filter;
  filter.entity = entity;
  check_filter(book, filter);  // an unknown entity is refused, not listed as no years
  out.begin({std::string(t("year.list.title")),
             {{"entity", std::string(t("col.entity")), 6},
              {"year", std::string(t("year.col.year")), 8},
              {"start", std::string(t("year.col.start")), 10},
              {"end", std::string(t("year.col.end")), 10},
              {"status", std::string(t("col.status")), 8}}});
  std::vector<std::string> entities{entity};
  if (entity.empty()) {
    entities.clear();
    for (const auto& e : book.entities()) entities.push_back(e.code);
  }
  for (const auto& e : entities) {
    for (const auto& y : book.fiscal_years(e)) {
      const std::string status(t(y.is_open() ? "year.status.open" : "year.status.closed"));
      out.row({e, std::int64_t{y.year}, y.start, y.end, status});
    }
  }
  out.end();
}

}  // namespace comptoir
