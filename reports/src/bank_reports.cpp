// The bank listings and the bank reconciliation statement (bank_reports.hpp).
#include "reports/bank_reports.hpp"

namespace comptoir {
namespace {

std::string text(const Labels& t, std::string_view id) {
  return std::string(t(id));
}

Code kind(const Labels& t, const std::string& code) {
  return Code{code, text(t, "bank.kind." + code)};
}

Cell optional_date(const std::optional<Date>& d) {
  if (!d) return {};
  return *d;
}

}  // namespace

std::vector<TableData> bank_reconciliation_tables(const BankReconciliation& r, const Labels& t) {
  TableDataCollector out("bank-reconciliation");
  out.begin({t("bank.reconciliation.title", {{"entity", r.entity}, {"account", r.account}, {"date", t.date(r.date)}}),
             {{"kind", text(t, "bank.col.kind"), 25},
              {"date", text(t, "col.date"), 10},
              {"reference", text(t, "bank.col.reference"), 15},
              {"label", text(t, "col.label"), 24, Align::Left, 8},
              {"amount", text(t, "bank.col.amount"), 13, Align::Right}}});
  out.row({kind(t, "statement_balance"), r.date, {}, {}, r.statement_balance});
  for (const auto& p : r.postings_not_on_statement) {
    out.row({kind(t, "posting_not_on_statement"), p.date, p.reference, p.label, p.amount});
  }
  out.row({kind(t, "postings_not_on_statement"), {}, {}, {}, r.postings_total()});
  out.row({kind(t, "adjusted_statement_balance"), {}, {}, {}, r.adjusted_statement_balance()});
  out.separator();
  out.row({kind(t, "book_balance"), r.date, {}, {}, r.book_balance});
  for (const auto& l : r.lines_not_in_books) {
    out.row({kind(t, "line_not_in_books"), l.booking_date, l.reference, l.label, l.amount});
  }
  out.row({kind(t, "lines_not_in_books"), {}, {}, {}, r.lines_total()});
  out.row({kind(t, "adjusted_book_balance"), {}, {}, {}, r.adjusted_book_balance()});
  out.total({kind(t, "difference"), {}, {}, {}, r.difference()});
  out.end();
  return {out.table()};
}

void write_bank_unmatched(const BankUnmatched& u, const Labels& t, TableWriter& out) {
  out.begin({text(t, "bank.unmatched.title"),
             {{"side", text(t, "bank.col.side"), 15},
              {"id", text(t, "bank.col.id"), 7, Align::Right},
              {"date", text(t, "col.date"), 10},
              {"reference", text(t, "bank.col.reference"), 15},
              {"label", text(t, "col.label"), 24, Align::Left, 8},
              {"amount", text(t, "bank.col.amount"), 12, Align::Right}}});
  Money lines, postings;
  for (const auto& l : u.lines) {
    out.row({kind(t, "line"), l.id, l.booking_date, l.reference, l.label, l.amount});
    lines += l.amount;
  }
  out.total({kind(t, "lines"), std::int64_t(u.lines.size()), {}, {}, {}, lines});
  for (const auto& p : u.postings) {
    out.row({kind(t, "posting"), p.id, p.date, p.reference, p.label, p.amount});
    postings += p.amount;
  }
  out.total({kind(t, "postings"), std::int64_t(u.postings.size()), {}, {}, {}, postings});
  out.end();
}

void write_bank_statements(const std::vector<StoredBankStatement>& statements, const Labels& t, TableWriter& out) {
  out.begin({text(t, "bank.statements.title"),
             {{"id", text(t, "bank.col.id"), 4, Align::Right},
              {"file", text(t, "bank.col.file"), 0},
              {"format", text(t, "bank.col.format"), 8},
              {"reference", text(t, "bank.col.reference"), 18, Align::Left, 10},
              {"from", text(t, "bank.col.from"), 10},
              {"to", text(t, "bank.col.to"), 10},
              {"opening", text(t, "bank.col.opening"), 13, Align::Right},
              {"closing", text(t, "bank.col.closing"), 13, Align::Right}}});
  for (const auto& s : statements) {
    out.row(
        {s.id, s.file_name, to_string(s.format), s.statement_ref, optional_date(s.from), s.to, s.opening, s.closing});
  }
  out.end();
}

}  // namespace comptoir
