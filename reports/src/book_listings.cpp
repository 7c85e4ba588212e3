// The trial balance, the balance by tag and the journal (see
// book_listings.hpp); the general ledger is in general_ledger.cpp.
#include "reports/book_listings.hpp"

#include "core/error.hpp"

namespace comptoir {
namespace {

// "Balance générale AT — exercice 2025": the listing's name, the entity and
// the fiscal year when the filter names them.
std::string title_of(std::string title, const TransactionFilter& filter, const Labels& t) {
  if (!filter.entity.empty()) title += " " + filter.entity;
  if (filter.fiscal_year) title += t("filter.fiscal_year_suffix", {{"year", std::to_string(*filter.fiscal_year)}});
  return title;
}

std::string years_of(const BookReader& book, const std::string& entity) {
  std::string years;
  for (const auto& y : book.fiscal_years(entity)) years += (years.empty() ? "" : ", ") + std::to_string(y.year);
  return years.empty() ? "none" : years;
}

}  // namespace

void check_filter(const BookReader& book, const TransactionFilter& filter) {
  if (!filter.entity.empty() && !book.entity(filter.entity)) {
    throw Error(ErrorKind::NotFound, "the book has no entity '" + filter.entity + "'");
  }
  if (!filter.fiscal_year) return;
  std::string known;
  for (const auto& e : book.entities()) {
    if (!filter.entity.empty() && e.code != filter.entity) continue;
    for (const auto& y : book.fiscal_years(e.code)) {
      if (y.year == *filter.fiscal_year) return;
    }
    known += (known.empty() ? "" : "; ") + e.code + ": " + years_of(book, e.code);
  }
  throw Error(ErrorKind::InvalidInput, "the book has no fiscal year " + std::to_string(*filter.fiscal_year) +
                                           (filter.entity.empty() ? "" : " for " + filter.entity) +
                                           " (fiscal years: " + known + ")");
}

void write_trial_balance(const BookReader& book, const TransactionFilter& filter, const Labels& t, TableWriter& out) {
  check_filter(book, filter);
  const bool with_entity = filter.entity.empty();
  std::vector<Column> columns;
  if (with_entity) columns.push_back({"entity", std::string(t("col.entity_short")), 4});
  columns.push_back({"account", std::string(t("col.account")), 8});
  columns.push_back({"label", std::string(t("col.label")), with_entity ? 22 : 27, Align::Left, 12});
  columns.push_back({"debit", std::string(t("col.debit")), 13, Align::Right});
  columns.push_back({"credit", std::string(t("col.credit")), 13, Align::Right});
  columns.push_back({"balance", std::string(t("col.balance")), 14, Align::Right});
  out.begin({title_of(std::string(t("trial_balance.title")), filter, t), columns});
  Money debit, credit;
  for (const auto& r : book.trial_balance(filter)) {
    std::vector<Cell> cells;
    if (with_entity) cells.emplace_back(r.entity);
    cells.insert(cells.end(), {r.account, r.label, r.debit, r.credit, r.balance()});
    out.row(cells);
    debit += r.debit;
    credit += r.credit;
  }
  std::vector<Cell> total;
  if (with_entity) total.emplace_back();
  total.insert(total.end(), {std::string(t("common.total")), {}, debit, credit, debit - credit});
  out.footer(total);
  out.end();
}

void write_tag_balance(const BookReader& book, const TagBalanceReader& tags, const TransactionFilter& filter,
                       const std::string& key, const Labels& t, TableWriter& out) {
  check_filter(book, filter);
  out.begin({title_of(std::string(t("tag_balance.title")), filter, t),
             {{"key", std::string(t("col.key")), 9},
              {"value", std::string(t("col.value")), 22, Align::Left, 12},
              {"debit", std::string(t("col.debit")), 13, Align::Right},
              {"credit", std::string(t("col.credit")), 13, Align::Right},
              {"balance", std::string(t("col.balance")), 14, Align::Right}}});
  for (const auto& r : tags.tag_balance(filter, key)) out.row({r.key, r.value, r.debit, r.credit, r.balance()});
  out.end();
}

void write_journal(const BookReader& book, const TransactionFilter& filter, const Labels& t, TableWriter& out) {
  check_filter(book, filter);
  out.begin({std::string(t("journal.title")),
             {{"number", std::string(t("col.number")), 14},
              {"date", std::string(t("col.date")), 10},
              {"journal", std::string(t("col.journal_short")), 3},
              {"piece", std::string(t("col.piece")), 0},
              {"account", std::string(t("col.account")), 6},
              {"auxiliary", std::string(t("col.auxiliary")), 0},
              {"label", std::string(t("col.label")), 19, Align::Left, 10},
              {"debit", std::string(t("col.debit")), 13, Align::Right},
              {"credit", std::string(t("col.credit")), 13, Align::Right},
              {"entity", std::string(t("col.entity")), 0},
              {"id", std::string(t("col.id")), 0},
              {"status", std::string(t("col.status")), 0}}});
  Money debit, credit;
  book.for_each_transaction(filter, [&](const Transaction& e) {
    const Code status{to_string(e.status), std::string(t("status." + to_string(e.status)))};
    for (const auto& p : e.postings) {
      out.row({e.reference(), e.date, e.journal, e.piece_ref, p.account, p.auxiliary,
               p.label.empty() ? e.label : p.label, p.debit, p.credit, e.entity, std::int64_t{e.id}, status});
      debit += p.debit;
      credit += p.credit;
    }
  });
  out.footer({std::string(t("common.total")), {}, {}, {}, {}, {}, {}, debit, credit});
  out.end();
}

}  // namespace comptoir
