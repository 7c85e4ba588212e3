// The lettering tables: groups lettered or unlettered, and the aged balance.
#include "reports/lettering_reports.hpp"

#include <map>
#include <tuple>

#include "core/error.hpp"

namespace comptoir {
namespace {

Code rule_code(MatchRule rule, const Labels& t) {
  switch (rule) {
    case MatchRule::Amount:
      return {"amount", std::string(t("lettering.rule.amount"))};
    case MatchRule::Reference:
      return {"reference", std::string(t("lettering.rule.reference"))};
    case MatchRule::Sum:
      return {"sum", std::string(t("lettering.rule.sum"))};
  }
  return {};
}

}  // namespace

void write_lettering_groups(const std::vector<LetteringGroup>& groups, bool automatic, const std::string& title_id,
                            const Labels& t, TableWriter& out) {
  out.begin({std::string(t(title_id)),
             {{"code", std::string(t("col.letter")), 4},
              {"line", std::string(t("col.line")), 6, Align::Right},
              {"account", std::string(t("col.account")), 0},
              {"auxiliary", std::string(t("col.auxiliary")), 12, Align::Left, 6},
              {"date", std::string(t("col.date")), 10},
              {"number", std::string(t("col.number")), 0},
              {"piece", std::string(t("col.piece")), 0},
              {"label", std::string(t("col.label")), 16, Align::Left, 8},
              {"debit", std::string(t("col.debit")), 12, Align::Right},
              {"credit", std::string(t("col.credit")), 12, Align::Right},
              {"rule", std::string(t("col.rule")), 0}}});
  Money debit;
  Money credit;
  for (const auto& g : groups) {
    for (const auto& l : g.lines) {
      out.row({g.code, l.posting_id, l.posting.account, l.posting.auxiliary, l.date,
               transaction_reference(l.entity, l.fiscal_year, l.sequence), l.piece_ref,
               l.posting.label.empty() ? l.transaction_label : l.posting.label, l.posting.debit, l.posting.credit,
               automatic ? Cell(rule_code(g.rule, t)) : Cell()});
      debit += l.posting.debit;
      credit += l.posting.credit;
    }
  }
  out.footer({{}, {}, {}, {}, {}, {}, {}, std::string(t("common.total")), debit, credit});
  out.end();
}

AgedSide parse_aged_side(const std::string& text) {
  if (text == "customers") return AgedSide::Customers;
  if (text == "suppliers") return AgedSide::Suppliers;
  throw Error(ErrorKind::InvalidInput, "side '" + text + "': use customers or suppliers");
}

std::string aged_side_prefix(AgedSide side) {
  return side == AgedSide::Customers ? "411" : "401";
}

AgedBalance aged_balance(const BookReader& book, const std::string& entity, AgedSide side, Date date) {
  if (!book.entity(entity)) throw Error(ErrorKind::NotFound, "unknown entity '" + entity + "'");
  std::map<std::string, std::string> labels;
  for (const auto& a : book.accounts(entity)) labels[a.number] = a.label;
  std::map<std::string, std::string> auxiliary_labels;
  for (const auto& a : book.auxiliaries(entity)) auxiliary_labels[a.code] = a.label;
  TransactionFilter filter;
  filter.entity = entity;
  filter.account_prefix = aged_side_prefix(side);
  filter.to = date;
  std::map<std::pair<std::string, std::string>, AgedBalanceRow> rows;
  AgedBalance result{entity, side, date, {}, {}};
  book.for_each_ledger_line(filter, [&](const LedgerLine& l) {
    if (l.posting.lettering && l.posting.lettering->date <= date) return;
    const Money signed_amount = l.posting.debit - l.posting.credit;
    const Money owed = side == AgedSide::Customers ? signed_amount : -signed_amount;
    const auto key = std::make_pair(l.posting.account, l.posting.auxiliary);
    auto [it, added] = rows.try_emplace(key);
    AgedBalanceRow& row = it->second;
    if (added) {
      row.account = l.posting.account;
      row.auxiliary = l.posting.auxiliary;
      row.label = l.posting.auxiliary.empty() ? labels[l.posting.account] : auxiliary_labels[l.posting.auxiliary];
    }
    const int age = date.days() - l.date.days();  // due on the entry's date
    for (AgedBalanceRow* r : {&row, &result.total}) {
      Money& bucket = age < 0     ? r->not_due
                      : age <= 30 ? r->days_0_30
                      : age <= 60 ? r->days_31_60
                      : age <= 90 ? r->days_61_90
                                  : r->over_90;
      bucket += owed;
      ++r->items;
    }
  });
  for (auto& [key, row] : rows) {
    if (!row.total().is_zero() || row.items != 0) result.rows.push_back(std::move(row));
  }
  return result;
}

void write_aged_balance(const AgedBalance& b, const Labels& t, TableWriter& out) {
  out.begin({std::string(t(b.side == AgedSide::Customers ? "aged.title_customers" : "aged.title_suppliers")) + " " +
                 t.date(b.date),
             {{"account", std::string(t("col.account")), 0},
              {"auxiliary", std::string(t("col.auxiliary")), 13, Align::Left, 6},
              {"label", std::string(t("col.label")), 0},
              {"items", std::string(t("aged.items")), 0, Align::Right},
              {"not_due", std::string(t("aged.not_due")), 10, Align::Right},
              {"days_0_30", std::string(t("aged.days_0_30")), 10, Align::Right},
              {"days_31_60", std::string(t("aged.days_31_60")), 10, Align::Right},
              {"days_61_90", std::string(t("aged.days_61_90")), 10, Align::Right},
              {"over_90", std::string(t("aged.over_90")), 10, Align::Right},
              {"total", std::string(t("common.total")), 11, Align::Right}}});
  const auto cells = [](const AgedBalanceRow& r, Cell account, Cell auxiliary, Cell label) {
    return std::vector<Cell>{std::move(account), std::move(auxiliary),
                             std::move(label),   static_cast<std::int64_t>(r.items),
                             r.not_due,          r.days_0_30,
                             r.days_31_60,       r.days_61_90,
                             r.over_90,          r.total()};
  };
  for (const auto& r : b.rows) out.row(cells(r, r.account, r.auxiliary, r.label));
  out.total(cells(b.total, Cell(), Code{"total", std::string(t("common.total"))}, Cell()));
  out.end();
}

}  // namespace comptoir
