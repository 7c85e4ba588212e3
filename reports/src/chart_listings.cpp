// Entities, accounts, auxiliary accounts and FEC imports (see
// chart_listings.hpp).
#include "reports/chart_listings.hpp"

#include "reports/book_listings.hpp"

namespace comptoir {
namespace {

std::string text(const Labels& t, std::string_view id) {
  return std::string(t(id));
}

// {entity} once checked, else every entity of the book.
std::vector<std::string> entities_of(const BookReader& book, const std::string& entity) {
  TransactionFilter filter;
  filter.entity = entity;
  check_filter(book, filter);
  if (!entity.empty()) return {entity};
  std::vector<std::string> out;
  for (const auto& e : book.entities()) out.push_back(e.code);
  return out;
}

}  // namespace

void write_entities(const BookReader& book, const Labels& t, TableWriter& out) {
  out.begin({text(t, "chart.entities.title"),
             {{"entity", text(t, "col.entity"), 6},
              {"name", text(t, "chart.col.name"), 30},
              {"siren", text(t, "chart.col.siren"), 9},
              {"vat", text(t, "chart.col.vat"), 14}}});
  for (const auto& e : book.entities()) {
    out.row({e.code, e.name, e.siren, text(t, e.vat_liable ? "chart.vat.liable" : "chart.vat.not_liable")});
  }
  out.end();
}

void write_accounts(const BookReader& book, const std::string& entity, const std::string& prefix, const Labels& t,
                    TableWriter& out) {
  const auto entities = entities_of(book, entity);
  out.begin({text(t, "chart.accounts.title"),
             {{"entity", text(t, "col.entity"), 6},
              {"account", text(t, "col.account"), 8},
              {"label", text(t, "col.label"), 62}}});
  for (const auto& e : entities) {
    for (const auto& a : book.accounts(e)) {
      if (a.number.rfind(prefix, 0) == 0) out.row({e, a.number, a.label});
    }
  }
  out.end();
}

void write_auxiliary_accounts(const BookReader& book, const std::string& entity, const Labels& t, TableWriter& out) {
  const auto entities = entities_of(book, entity);
  out.begin({text(t, "chart.auxiliaries.title"),
             {{"entity", text(t, "col.entity"), 6},
              {"code", text(t, "chart.col.code"), 16},
              {"label", text(t, "col.label"), 40},
              {"parent", text(t, "chart.col.parent"), 8}}});
  for (const auto& e : entities) {
    for (const auto& a : book.auxiliaries(e)) out.row({e, a.code, a.label, a.parent_account});
  }
  out.end();
}

void write_fec_imports(const FecImportLog& log, const Labels& t, TableWriter& out) {
  out.begin({text(t, "chart.imports.title"),
             {{"id", text(t, "chart.imports.col.id"), 3, Align::Right},
              {"imported_on", text(t, "col.date"), 10},
              {"entity", text(t, "col.entity"), 6},
              {"entries", text(t, "chart.imports.col.entries"), 9, Align::Right},
              {"lines", text(t, "chart.imports.col.lines"), 7, Align::Right},
              {"first_entry", text(t, "chart.imports.col.first"), 14},  // "AT-2025-000001"
              {"last_entry", text(t, "chart.imports.col.last"), 14},
              // The file name gives way so that the row fits 80 columns.
              {"file", text(t, "chart.imports.col.file"), 40, Align::Left, 10},
              {"sha256", text(t, "chart.imports.col.sha256"), 0}}});
  for (const auto& r : log.imports()) {
    out.row({r.id, r.imported_on, r.entity, static_cast<std::int64_t>(r.entries), static_cast<std::int64_t>(r.lines),
             r.first_entry, r.last_entry, r.file_name, r.sha256});
  }
  out.end();
}

}  // namespace comptoir
