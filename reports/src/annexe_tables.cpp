// The annexe's tables (see annexe_tables.hpp).
#include "reports/annexe_tables.hpp"

#include <algorithm>

#include "reports/statement_tables.hpp"
#include "statement_support.hpp"

namespace comptoir {
namespace {

constexpr int amount_width = 12;

Column amount_column(const Labels& t, const char* key, const char* heading) {
  return {key, std::string(t(heading)), amount_width, Align::Right};
}

TableRow fixed_row(const char* part, LayoutRowKind kind, const std::string& account, const std::string& label,
                   const FixedAssetMovement& m, bool separated) {
  return {{std::string(part), to_string(kind), account, label, m.opening, m.increases, m.decreases, m.closing()},
          separated,
          false};
}

// The heading, lines and total of one part; returns the total.
FixedAssetMovement add_part(const char* part, const char* heading, const char* total_label,
                            const std::vector<FixedAssetMovement>& lines, const Labels& t, TableData& table) {
  table.rows.push_back(
      {{std::string(part), to_string(LayoutRowKind::Heading), Cell{}, std::string(t(heading))}, false, false});
  FixedAssetMovement total;
  for (const auto& m : lines) {
    table.rows.push_back(fixed_row(part, LayoutRowKind::Line, m.account, m.label, m, false));
    total.opening += m.opening;
    total.increases += m.increases;
    total.decreases += m.decreases;
  }
  table.rows.push_back(fixed_row(part, LayoutRowKind::Total, "", std::string(t(total_label)), total, !lines.empty()));
  return total;
}

// The label of a dedicated-funds category: its own, or "Fonds dédiés {account}".
std::string category_label(const std::string& account, const Labels& t) {
  const std::string id = "df.cat." + account;
  const auto ids = label_ids();
  if (std::binary_search(ids.begin(), ids.end(), id)) return std::string(t(id));
  return t("df.cat.other", {{"account", account}});
}

}  // namespace

std::vector<TableData> fixed_assets_tables(const FixedAssetsAnnexe& a, const Labels& t) {
  TableData table{"fixed-assets",
                  {statements::statement_title(t, "fa.title", a.years),
                   {{"part", std::string(t("statement.col.row")), 0, Align::Left, 0, true},
                    {"kind", std::string(t("statement.col.kind")), 0, Align::Left, 0, true},
                    {"account", std::string(t("col.account")), 6},
                    {"label", std::string(t("col.label")), 30, Align::Left, 10},
                    amount_column(t, "opening", "fa.col.opening"),
                    amount_column(t, "increases", "fa.col.increases"),
                    amount_column(t, "decreases", "fa.col.decreases"),
                    amount_column(t, "closing", "fa.col.closing")}},
                  {}};
  const auto gross = add_part("gross", "fa.gross", "fa.gross_total", a.gross, t, table);
  const auto depreciation =
      add_part("depreciation", "fa.depreciation", "fa.depreciation_total", a.depreciation, t, table);
  const FixedAssetMovement net{"", "", gross.opening - depreciation.opening, gross.increases - depreciation.increases,
                               gross.decreases - depreciation.decreases};
  table.rows.push_back(fixed_row("net", LayoutRowKind::Result, "", std::string(t("fa.net")), net, true));
  std::vector<TableData> tables{std::move(table)};
  statements::add_note_table(a.notes, t, tables);
  return tables;
}

std::vector<TableData> dedicated_funds_tables(const DedicatedFundsAnnexe& a, const Labels& t) {
  TableData table{"dedicated-funds",
                  {statements::statement_title(t, "df.title", a.years),
                   {{"kind", std::string(t("statement.col.kind")), 0, Align::Left, 0, true},
                    {"account", std::string(t("col.account")), 0},
                    {"label", std::string(t("df.col.label")), 30, Align::Left, 10},
                    amount_column(t, "opening", "df.col.opening"),
                    amount_column(t, "allocated", "df.col.allocated"),
                    amount_column(t, "released", "df.col.released"),
                    amount_column(t, "closing", "df.col.closing")}},
                  {}};
  std::string category;
  for (const auto& l : a.lines) {
    if (l.fund_account != category) {
      category = l.fund_account;
      table.rows.push_back({{to_string(LayoutRowKind::Heading), category, category_label(category, t)}, false, false});
    }
    const bool total = l.grant.empty();
    const LayoutRowKind kind = total ? LayoutRowKind::Total : LayoutRowKind::Line;
    const std::string label = total ? t("df.total_category", {{"account", l.fund_account}}) : l.grant;
    table.rows.push_back(
        {{to_string(kind), total ? Cell{} : Cell{l.fund_account}, label, l.opening, l.allocated, l.released, l.closing},
         total,
         false});
  }
  const auto& s = a.total;
  table.rows.push_back({{to_string(LayoutRowKind::Result), Cell{}, std::string(t("df.total")), s.opening, s.allocated,
                         s.released, s.closing},
                        true,
                        false});
  std::vector<TableData> tables{std::move(table)};
  statements::add_note_table(a.notes, t, tables);
  return tables;
}

}  // namespace comptoir
