// The compte rendu financier's tables (see grant_report_tables.hpp).
#include "reports/grant_report_tables.hpp"

#include <sstream>

#include "reports/statement_tables.hpp"

namespace comptoir {
namespace {

constexpr int amount_width = 11;
// The widest a line of the annex's values gets: a longer comment goes on
// several rows, cut between words.
constexpr std::size_t value_width = 60;

std::string text(const Labels& t, const std::string& id) {
  return std::string(t(id));
}

// A row of figures; without a budget, no difference in % (JSON null).
TableRow figures(const std::string& row, LayoutRowKind kind, const std::string& label, Money budget, Money actual,
                 bool separated) {
  TableRow out{{row, to_string(kind), label, budget, actual, actual - budget}, separated, false};
  if (const auto ratio = difference_ratio(budget, actual)) out.cells.emplace_back(Percent{percent_text(*ratio)});
  return out;
}

TableRow heading(const std::string& row, const Labels& t) {
  return {{row, to_string(LayoutRowKind::Heading), text(t, "grants.report." + row)}, false, false};
}

// The lines of `side`, each under its label and the budget's detail.
void add_lines(const GrantFinancialReport& r, BudgetSide side, const Labels& t, TableData& table) {
  for (const auto& l : r.lines) {
    if (l.side != side) continue;
    std::string label = text(t, "grants.budget.line." + l.line);
    if (!l.detail.empty()) label += " (" + l.detail + ")";
    table.rows.push_back(figures(l.line, LayoutRowKind::Line, label, l.budget, l.actual, false));
  }
}

bool has_side(const GrantFinancialReport& r, BudgetSide side) {
  for (const auto& l : r.lines) {
    if (l.side == side) return true;
  }
  return false;
}

void field(TableData& table, const Labels& t, const std::string& key, Cell value) {
  table.rows.push_back({{Code{key, text(t, "grants.report.annex." + key)}, std::move(value)}, false, false});
}

// `text` in lines of at most value_width characters (UTF-8 code points),
// broken at spaces (a longer word stays whole); one empty line for "".
std::vector<std::string> wrapped(const std::string& text) {
  std::vector<std::string> lines{""};
  std::size_t length = 0;  // code points of lines.back()
  std::istringstream words(text);
  for (std::string word; words >> word;) {
    std::size_t n = 0;
    for (const char c : word) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    if (length > 0 && length + 1 + n > value_width) {
      lines.emplace_back();
      length = 0;
    }
    if (length > 0) {
      lines.back() += ' ';
      ++length;
    }
    lines.back() += word;
    length += n;
  }
  return lines;
}

Code period(const Labels& t, Date from, Date to) {
  return Code{from.iso() + "/" + to.iso(), t.date(from) + " – " + t.date(to)};
}

TableData annex(const GrantFinancialReport& r, const Labels& t) {
  const Grant& g = r.grant;
  TableData table{"annex",
                  {t("grants.report.annex.title", {{"code", g.code}}),
                   {{"field", text(t, "grants.col.field"), 19, Align::Left, 12},
                    {"value", text(t, "col.value"), static_cast<int>(value_width), Align::Left, 20}}},
                  {}};
  field(table, t, "purpose", g.purpose);
  field(table, t, "funder", Code{g.funder, r.funder_name.empty() ? g.funder : r.funder_name});
  field(table, t, "awarded", g.awarded);
  field(table, t, "period", period(t, g.start, g.end));
  field(table, t, "report_period", period(t, r.from, r.to));
  field(table, t, "tag", g.tag_key + "=" + g.spending_tag_value());
  field(table, t, "indirect_rate", Percent{percent_text(r.indirect_rate)});
  field(table, t, "indirect_rule",
        Code{"direct_charges_x_rate_half_up", text(t, "grants.report.annex.indirect_rule.text")});
  const auto lines = wrapped(r.comment);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    table.rows.push_back(
        {{Code{"comment", i == 0 ? text(t, "grants.report.annex.comment") : ""}, lines[i]}, false, false});
  }
  return table;
}

}  // namespace

std::vector<TableData> grant_report_tables(const GrantFinancialReport& r, const Labels& t) {
  const Grant& g = r.grant;
  TableData table{"grant-report",
                  {t("grants.report.title",
                     {{"code", g.code}, {"entity", g.entity}, {"from", t.date(r.from)}, {"to", t.date(r.to)}}),
                   {{"row", text(t, "statement.col.row"), 0},
                    {"kind", text(t, "statement.col.kind"), 0},
                    {"label", text(t, "col.label"), 38, Align::Left, 14},
                    {"budget", text(t, "grants.report.col.budget"), amount_width, Align::Right},
                    {"actual", text(t, "grants.report.col.actual"), amount_width, Align::Right},
                    {"difference", text(t, "grants.report.col.difference"), amount_width, Align::Right},
                    {"difference_pct", text(t, "grants.report.col.difference_pct"), 8, Align::Right}}},
                  {}};
  table.rows.push_back(heading("charges", t));
  table.rows.push_back(heading("charges.direct", t));
  add_lines(r, BudgetSide::Charge, t, table);
  table.rows.push_back(figures("charges.direct.total", LayoutRowKind::Total,
                               text(t, "grants.report.charges.direct.total"), r.direct_budget, r.direct_actual, true));
  table.rows.push_back(figures("charges.indirect", LayoutRowKind::Line, text(t, "grants.report.charges.indirect"),
                               r.indirect_budget, r.indirect_actual, false));
  table.rows.push_back(figures("charges.total", LayoutRowKind::Total, text(t, "grants.report.charges.total"),
                               r.charges_budget, r.charges_actual, true));
  table.rows.push_back(heading("produits", t));
  add_lines(r, BudgetSide::Produit, t, table);
  table.rows.push_back(figures("produits.total", LayoutRowKind::Total, text(t, "grants.report.produits.total"),
                               r.produits_budget, r.produits_actual, true));
  table.rows.push_back(figures("balance", LayoutRowKind::Result, text(t, "grants.report.balance"),
                               r.produits_budget - r.charges_budget, r.produits_actual - r.charges_actual, true));
  if (has_side(r, BudgetSide::CvnCharge) || has_side(r, BudgetSide::CvnProduit)) {
    table.rows.push_back(heading("cvn", t));
    add_lines(r, BudgetSide::CvnCharge, t, table);
    add_lines(r, BudgetSide::CvnProduit, t, table);
  }
  return {std::move(table), annex(r, t)};
}

}  // namespace comptoir
