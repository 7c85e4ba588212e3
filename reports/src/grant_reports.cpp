// The grant list, one grant's sheet and its tranches (see
// grant_reports.hpp); the dedicated funds are in grant_funds_reports.cpp.
#include "reports/grant_reports.hpp"

#include <array>

#include "core/error.hpp"

namespace comptoir {
namespace {

std::string text(const Labels& t, std::string_view id) {
  return std::string(t(id));
}

// A ratio as a percentage with one decimal, half-up ("74.8").
Percent percent_cell(const Rational& ratio) {
  return {percent_text(ratio)};
}

// A row of the sheet: the field's key for machines, its label for people.
void field(TableWriter& out, const Labels& t, const std::string& key, Cell value) {
  out.row({Code{key, text(t, "grants.field." + key)}, std::move(value)});
}

}  // namespace

void write_grant_list(const GrantStore& grants, const GrantDesk& desk, const std::string& entity, Date as_of,
                      const Labels& t, TableWriter& out) {
  out.begin({t("grants.list.title", {{"date", as_of.iso()}}),
             {{"code", text(t, "grants.col.code"), 20},
              {"entity", text(t, "col.entity"), 0},
              {"funder", text(t, "grants.col.funder"), 0},
              {"earmarked", text(t, "grants.col.earmarked"), 0},
              {"awarded", text(t, "grants.col.awarded"), 10, Align::Right},
              {"called", text(t, "grants.col.called"), 0, Align::Right},
              {"received", text(t, "grants.col.received"), 10, Align::Right},
              {"receivable", text(t, "grants.col.receivable"), 0, Align::Right},
              {"spent", text(t, "grants.col.spent"), 10, Align::Right},
              {"remaining", text(t, "grants.col.remaining"), 10, Align::Right},
              {"period_elapsed_pct", text(t, "grants.col.period_elapsed_pct"), 7, Align::Right},
              {"spent_pct", text(t, "grants.col.spent_pct"), 7, Align::Right}}});
  std::array<Money, 6> totals;
  for (const auto& g : grants.grants(entity)) {
    const GrantState s = desk.state(g, as_of);
    const std::array<Money, 6> amounts{s.awarded, s.called, s.received, s.receivable, s.spent, s.remaining};
    std::vector<Cell> cells{g.code, g.entity, g.funder, g.earmarked};
    cells.insert(cells.end(), amounts.begin(), amounts.end());
    cells.emplace_back(percent_cell(s.period_elapsed));
    cells.emplace_back(percent_cell(s.spent_ratio));
    out.row(cells);
    for (std::size_t i = 0; i < totals.size(); ++i) totals[i] += amounts[i];
  }
  std::vector<Cell> total{text(t, "common.total"), {}, {}, {}};
  total.insert(total.end(), totals.begin(), totals.end());
  total.insert(total.end(), {{}, {}});
  out.total(total);
  out.end();
}

void write_grant_sheet(const GrantStore& grants, const GrantDesk& desk, const std::string& code, Date as_of,
                       const Labels& t, TableWriter& out) {
  const auto g = grants.grant(code);
  if (!g) throw Error(ErrorKind::NotFound, "unknown grant " + code + " (see: comptoir grant list)");
  const GrantState s = desk.state(*g, as_of);
  out.begin({t("grants.sheet.title", {{"code", g->code}, {"date", as_of.iso()}}),
             {{"field", text(t, "grants.col.field"), 26}, {"value", text(t, "col.value"), 50}}});
  field(out, t, "entity", g->entity);
  field(out, t, "funder", g->funder);
  field(out, t, "purpose", g->purpose);
  field(out, t, "period", Code{g->start.iso() + " / " + g->end.iso(), t.date(g->start) + " / " + t.date(g->end)});
  field(out, t, "earmarked", g->earmarked);
  field(out, t, "tag", g->tag_key + "=" + g->spending_tag_value());
  field(out, t, "income_account", g->income_account);
  field(out, t, "receivable_account", g->receivable_account);
  field(out, t, "conditions", g->conditions);
  field(out, t, "awarded", s.awarded);
  field(out, t, "called", s.called);
  field(out, t, "received", s.received);
  field(out, t, "receivable", s.receivable);
  field(out, t, "spent", s.spent);
  field(out, t, "remaining", s.remaining);
  field(out, t, "period_elapsed_pct", percent_cell(s.period_elapsed));
  field(out, t, "spent_pct", percent_cell(s.spent_ratio));
  out.end();
}

void write_grant_tranches(const GrantStore& grants, const BookReader& book, const std::string& code, const Labels& t,
                          TableWriter& out) {
  out.begin({text(t, "grants.tranches.title"),
             {{"date", text(t, "col.date"), 10},
              {"kind", text(t, "grants.col.kind"), 9},
              {"piece", text(t, "col.piece"), 24},
              {"amount", text(t, "grants.col.amount"), 12, Align::Right},
              {"entry", text(t, "grants.col.entry"), 16}}});
  for (const auto& tranche : grants.tranches(code)) {
    const auto entry = book.transaction(tranche.transaction_id);
    const std::string kind = to_string(tranche.kind);
    out.row({tranche.date, Code{kind, text(t, "grants.tranche." + kind)}, tranche.piece, tranche.amount,
             entry ? entry->reference() : std::string()});
  }
  out.end();
}

}  // namespace comptoir
